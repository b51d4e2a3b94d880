import type { CaseRecordType } from "../../model.ts";
import type { ProblemLog, RecordSink } from "../problems.ts";
import { readCsvRows } from "./csv-rows.ts";
import { type HeaderLayout, readHeaderLayout } from "./header-layout.ts";
import { DEFAULT_MAX_ROWS } from "./limits.ts";
import { quoteValue } from "./quote-value.ts";
import { readRecord } from "./read-record.ts";
import {
  normaliseColumnName,
  RECORD_LABELS,
  RECORD_TYPE_COLUMN,
  RECORD_TYPES,
  recordTypeOf,
} from "./record-types.ts";
import { CANONICAL_RULES, type ReportProblem } from "./rules.ts";

export { detectCanonicalCsv, hasCanonicalHeader } from "./detect-canonical-csv.ts";

export interface CanonicalCsvOptions {
  /** The file name as the user gave it; every problem names it. */
  file: string;
  sink: RecordSink;
  problems: ProblemLog;
  /** Cap on data rows; default DEFAULT_MAX_ROWS (5,000,000). */
  maxRows?: number;
}

export interface CanonicalCsvResult {
  /** The type named by the first data row; null if there was none or it named no type. */
  recordType: CaseRecordType | null;
  /** Data rows read and checked, whether or not they produced a record (blank lines excluded). */
  rows: number;
}

const TYPE_LIST = RECORD_TYPES.join(", ");

/**
 * Streams a Waymark canonical CSV file (one record type per file; see docs/formats.md)
 * into canonical records.
 *
 * Rows are numbered as a spreadsheet shows them: the header is row 1, and a blank line
 * or a quoted value running over several lines still counts as one row. A row with an
 * error is reported and not emitted; a warning is reported and the row is emitted.
 * Records leave in file order, not de-duplicated: the loader keys them by natural key,
 * so of two rows with the same key the later wins.
 *
 * Bad input never throws (it becomes problems); only a failing input stream or sink
 * does. A fatal problem stops reading, but records already emitted stay emitted, so the
 * loader stages them and drops the stage when `problems.hasErrors`.
 */
export async function parseCanonicalCsv(
  input: AsyncIterable<Buffer | string>,
  options: CanonicalCsvOptions,
): Promise<CanonicalCsvResult> {
  const { file, sink, problems } = options;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;

  let rowNumber = 0;
  let dataRows = 0;
  let header: string[] | null = null;
  let layout: HeaderLayout | null = null;
  /** Row that set the file's record type, quoted when a later row disagrees. */
  let typeRow = 0;
  let malformed = false;

  const reportAt =
    (row: number): ReportProblem =>
    (column, rule, severity, message) =>
      problems.add({ file, row, line: null, path: null, column, rule, message, severity });

  for await (const item of readCsvRows(input)) {
    if (item.kind === "malformed") {
      reportAt(rowNumber + 1)(null, CANONICAL_RULES.csvMalformed, "error", item.message);
      malformed = true;
      break;
    }
    rowNumber++;
    const fields = item.fields;
    if (fields.every((field) => field.trim() === "")) continue;
    const report = reportAt(rowNumber);

    if (!header) {
      if (normaliseColumnName(fields[0] ?? "") !== RECORD_TYPE_COLUMN) {
        report(
          RECORD_TYPE_COLUMN,
          CANONICAL_RULES.unknownRecordType,
          "error",
          `The first column of a Waymark canonical file must be ${RECORD_TYPE_COLUMN}, but this header starts with ${quoteValue(fields[0])}. The file was not read.`,
        );
        return { recordType: null, rows: 0 };
      }
      header = fields;
      continue;
    }

    if (dataRows === maxRows) {
      report(
        null,
        CANONICAL_RULES.tooManyRecords,
        "error",
        `The file has more than ${maxRows.toLocaleString("en-GB")} data rows, the most one import accepts. Nothing from row ${rowNumber} on was read; split the file or ask an administrator to raise the limit.`,
      );
      return { recordType: layout?.type ?? null, rows: dataRows };
    }

    if (!layout) {
      // The first data row decides the file's record type, and only then can the header
      // be checked against that type's columns.
      const type = recordTypeOf(fields[0]);
      if (!type) {
        report(
          RECORD_TYPE_COLUMN,
          CANONICAL_RULES.unknownRecordType,
          "error",
          `${RECORD_TYPE_COLUMN} ${quoteValue(fields[0])} is not a Waymark record type (${TYPE_LIST}), so the file was not read.`,
        );
        return { recordType: null, rows: 0 };
      }
      layout = readHeaderLayout(header, type, reportAt(1));
      if (!layout) return { recordType: type, rows: 0 };
      typeRow = rowNumber;
    }

    dataRows++;
    if (!lineUp(layout, fields, report)) continue;
    const type = recordTypeOf(fields[0]);
    if (type !== layout.type) {
      report(
        RECORD_TYPE_COLUMN,
        CANONICAL_RULES.mixedRecordTypes,
        "error",
        type
          ? `This row is a ${RECORD_LABELS[type]} record (${RECORD_TYPE_COLUMN} ${quoteValue(fields[0])}), but the file holds ${layout.type} records (from row ${typeRow}). A file holds one record type only: put ${RECORD_LABELS[type]} records in a file of their own. The row was not loaded.`
          : `This row's ${RECORD_TYPE_COLUMN} is ${quoteValue(fields[0])}, but every row of this file must say ${layout.type} (the type set by row ${typeRow}). The row was not loaded.`,
      );
      continue;
    }
    const record = readRecord(layout, fields, report);
    if (record) await sink.add(record);
  }

  if (!header && !malformed) {
    reportAt(1)(
      RECORD_TYPE_COLUMN,
      CANONICAL_RULES.unknownRecordType,
      "error",
      rowNumber === 0
        ? "The file is empty: there is no header row."
        : "The file has only blank lines: there is no header row.",
    );
  }
  return { recordType: layout?.type ?? null, rows: dataRows };
}

/**
 * False (after reporting) when the row's values cannot be matched to the header's
 * columns: fewer values than named columns, or a value under no column name. Extra empty
 * cells (a spreadsheet's stray trailing commas) are harmless.
 */
function lineUp(layout: HeaderLayout, fields: readonly string[], report: ReportProblem): boolean {
  const stray =
    fields.slice(layout.width).some((field) => field.trim() !== "") ||
    layout.unnamed.some((index) => (fields[index] ?? "").trim() !== "");
  if (fields.length >= layout.width && !stray) return true;
  report(
    null,
    CANONICAL_RULES.csvMalformed,
    "error",
    stray
      ? "This row has a value in a column with no name in the header, so its values cannot be matched to columns. The row was not loaded."
      : `This row has ${fields.length} values but the header names ${layout.width} columns, so its values cannot be matched to columns. The row was not loaded.`,
  );
  return false;
}
