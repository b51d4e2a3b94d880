import type { Severity } from "../problems.ts";
import { readCsvRecords } from "./csv-records.ts";
import { detectSsda903Table, normaliseColumnName } from "./detect-903-table.ts";
import { DEFAULT_MAX_ROWS } from "./limits.ts";
import type { Ssda903ParseOptions } from "./parse-options.ts";
import { buildRecord } from "./records.ts";
import { RULES, type RuleCode } from "./rules.ts";
import { SSDA903_TABLES, type Ssda903Table, TABLE_SPECS, type TableSpec } from "./tables.ts";
import { type RowSource, validateRow } from "./validate-row.ts";

export type Ssda903CsvOptions = Ssda903ParseOptions;

export interface Ssda903CsvResult {
  /** The table the header identified, or null when it matched none (nothing was read). */
  table: Ssda903Table | null;
  /**
   * Data rows read, whether or not they produced a record (blank lines excluded). For
   * uasc, ad1, placed_for_adoption, previous_permanence, social_worker_episodes and
   * deprivation_of_liberty this is the only output: the case model has no record type
   * for them yet, so their rows are validated and counted but nothing is emitted.
   */
  rows: number;
}

/**
 * Streams one SSDA903 CSV table (any of the tables in SSDA903_TABLES, identified by its
 * header) into canonical records: header -> child, episodes -> lac_episode, reviews ->
 * lac_review, missing -> missing_episode, oc3 -> care_leaver, oc2 -> health_check.
 *
 * Rows are numbered as a spreadsheet shows them (header row 1, first data row 2; a
 * blank line still takes a row number). A row with an error is reported and not
 * emitted; warnings are reported and the row is emitted. Records are emitted in file
 * order and never de-duplicated here: two episodes with the same (CHILD, DECOM) are
 * one episode and the later row wins, which the loader gets by applying records in the
 * order they arrive, keyed by the natural key.
 *
 * Bad input never throws (it becomes problems); only a failing input stream, a failing
 * sink or an internal bug does. Fatal problems stop reading, but records already
 * emitted stay emitted: the loader stages them and discards the stage if
 * `problems.hasErrors`.
 */
export async function parseSsda903Csv(
  input: AsyncIterable<Buffer | string>,
  options: Ssda903CsvOptions,
): Promise<Ssda903CsvResult> {
  const { file, sink, problems } = options;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const context = { collectionYear: options.collectionYear ?? null };

  let rowNumber = 0;
  let dataRows = 0;
  let layout: CsvLayout | null = null;
  let table: Ssda903Table | null = null;
  let malformed = false;

  const add = (
    row: number,
    column: string | null,
    rule: RuleCode,
    severity: Severity,
    message: string,
  ) => problems.add({ file, row, line: null, path: null, column, rule, message, severity });

  for await (const item of readCsvRecords(input)) {
    if (item.kind === "malformed") {
      add(rowNumber + 1, null, RULES.csvMalformed, "error", item.message);
      malformed = true;
      break;
    }
    rowNumber++;
    const fields = item.fields;
    if (fields.every((field) => field.trim() === "")) continue;

    if (!layout) {
      const result = readHeader(fields, (column, rule, severity, message) =>
        add(rowNumber, column, rule, severity, message),
      );
      if (!result) return { table: null, rows: 0 };
      if (!result.usable) return { table: result.spec.table, rows: 0 };
      layout = result;
      table = result.spec.table;
      continue;
    }

    dataRows++;
    if (dataRows > maxRows) {
      add(
        rowNumber,
        null,
        RULES.tooManyRecords,
        "error",
        `The file has more than ${maxRows.toLocaleString("en-GB")} data rows, the most one import accepts. Nothing after row ${rowNumber - 1} was read; split the file or ask an administrator to raise the limit.`,
      );
      return { table, rows: maxRows };
    }

    // Stray commas (a spreadsheet's empty trailing columns, in the header or in a row)
    // are harmless; a row that stops before the last named column, or has values beyond
    // the header, would put values in the wrong columns.
    const width = layout.namedWidth;
    const beyond = fields.slice(width);
    if (fields.length < width || beyond.some((field) => field.trim() !== "")) {
      add(
        rowNumber,
        null,
        RULES.csvMalformed,
        "error",
        `This row has ${fields.length} values but the header has ${width} columns, so its values cannot be matched to columns. The row was not loaded.`,
      );
      continue;
    }

    const row = rowNumber;
    const positions = layout.positions;
    const source: RowSource = {
      value: (column) => {
        const index = positions.get(column);
        return index === undefined ? undefined : (fields[index] ?? "");
      },
      label: (column) => column,
      report: (column, rule, severity, message) => add(row, column, rule, severity, message),
    };
    const clean = validateRow(layout.spec, source);
    if (!clean) continue;
    const record = buildRecord(layout.spec.table, clean, context);
    if (record) await sink.add(record);
  }

  if (!layout && !malformed) {
    const message =
      rowNumber === 0
        ? "The file is empty: there is no header row."
        : "The file has only blank lines: there is no header row.";
    add(1, null, RULES.unknownTable, "error", message);
  }
  return { table, rows: dataRows };
}

interface CsvLayout {
  spec: TableSpec;
  header: readonly string[];
  /** Columns up to and including the last one with a name. */
  namedWidth: number;
  /** Column name (upper case) to its position in a record; first occurrence wins. */
  positions: ReadonlyMap<string, number>;
  /** False when a mandatory column is missing: the file cannot be read. */
  usable: boolean;
}

type HeaderReport = (
  column: string | null,
  rule: RuleCode,
  severity: Severity,
  message: string,
) => void;

const TABLE_LIST = SSDA903_TABLES.join(", ");

/** Identifies the table and checks its columns; null (after reporting) when unknown. */
function readHeader(fields: readonly string[], report: HeaderReport): CsvLayout | null {
  const table = detectSsda903Table(fields);
  if (!table) {
    report(
      null,
      RULES.unknownTable,
      "error",
      `The header row does not match any SSDA903 table (${TABLE_LIST}), so the file was not read. Check that the first row holds the column names, e.g. CHILD,DECOM,RNE,... for episodes.`,
    );
    return null;
  }
  const spec = TABLE_SPECS[table];
  const header = fields.map(normaliseColumnName);
  const positions = new Map<string, number>();
  header.forEach((name, index) => {
    if (name === "") return;
    if (positions.has(name)) {
      report(
        name,
        RULES.duplicateColumn,
        "warning",
        `Column ${name} appears more than once in the header; only the first one is read.`,
      );
      return;
    }
    positions.set(name, index);
  });

  let usable = true;
  for (const column of spec.columns) {
    if (positions.has(column)) continue;
    const mandatory = spec.mandatory.includes(column);
    if (mandatory) usable = false;
    report(
      column,
      RULES.missingColumn,
      mandatory ? "error" : "warning",
      mandatory
        ? `This looks like the SSDA903 ${spec.title} table, but it has no ${column} column, without which no row can be loaded. The file was not read.`
        : `This looks like the SSDA903 ${spec.title} table, but it has no ${column} column; that value is treated as not recorded for every row.`,
    );
  }
  const namedWidth = header.findLastIndex((name) => name !== "") + 1;
  return { spec, header, namedWidth, positions, usable };
}
