/**
 * Reads one list (a worksheet, or a CSV file) row by row, whatever the rows came from:
 * finds the header row among the first rows, then validates, maps and emits each data
 * row. Blank rows are skipped and not counted.
 */
import { cellText, isBlank, type SourceRow } from "./cells.ts";
import { type HeaderMatch, listHint, recogniseHeader } from "./headers.ts";
import { HEADER_SCAN_ROWS } from "./limits.ts";
import { columnOf, type ListDef, listByNumber } from "./lists.ts";
import { mapRow } from "./mapping.ts";
import type { AnnexAListCount, ParseContext } from "./parse-context.ts";
import { RULES } from "./rules.ts";
import { columnLabel, type RowContext, validateRow } from "./validate-row.ts";

/** A title cell such as "List 3: Referral" above the headers. */
const TITLE_CELL = /^\s*list\s*[-_.]?\s*\d{1,2}\b/i;

export interface ListSource {
  /** The worksheet's name; null for a CSV (problems then say "List 3!..."). */
  sheetName: string | null;
  /** The list the sheet or file name points at, if any. */
  nameHint: number | null;
}

export class ListReader {
  private readonly ctx: ParseContext;
  private readonly source: ListSource;
  private hint: number | null;
  private header: HeaderMatch | null = null;
  private rowContext: RowContext | null = null;
  private count: AnnexAListCount | null = null;
  /** A required column is missing: rows are counted but not loaded. */
  private skipping = false;
  /** Looking for the header row; then reading data rows; or not a list at all. */
  private state: "searching" | "reading" | "ignored" = "searching";
  private sawContent = false;

  constructor(ctx: ParseContext, source: ListSource) {
    this.ctx = ctx;
    this.source = source;
    this.hint = source.nameHint;
  }

  /** The list this reader found, once its header row has been read. */
  get list(): ListDef | null {
    return this.header?.list ?? null;
  }

  async row(row: SourceRow): Promise<void> {
    if (this.ctx.stopped) return;
    if (row.cells.every((cell) => isBlank(cell))) return;
    this.sawContent = true;
    if (this.state === "ignored") return;
    if (this.state === "searching") {
      this.searchHeader(row);
      return;
    }
    if (!this.header || !this.count || !this.rowContext) return;
    this.ctx.rows++;
    if (this.ctx.rows > this.ctx.maxRows) {
      this.ctx.fatal(
        row.number,
        null,
        RULES.tooManyRecords,
        `This file has more than ${this.ctx.maxRows.toLocaleString("en-GB")} data rows, more than Waymark accepts in one file. Reading stopped at row ${row.number} of ${this.place()}; nothing was loaded.`,
      );
      return;
    }
    this.count.rows++;
    if (this.skipping) return;
    const clean = validateRow(this.rowContext, row);
    if (!clean) return;
    const header = this.header;
    const mapped = mapRow(header.list, clean, (key) => header.index.has(key));
    for (const record of mapped.records) await this.ctx.sink.add(record);
    if (mapped.referral) {
      await this.ctx.sink.add({
        type: "referral",
        record: this.ctx.merger.referral(mapped.referral),
      });
    }
    if (mapped.child) this.ctx.merger.noteChild(mapped.child);
  }

  /** Call after the last row: reports a named list sheet whose header never appeared. */
  finish(): void {
    if (this.ctx.stopped || this.state === "reading" || !this.sawContent) return;
    const named = this.source.nameHint === null ? null : listByNumber(this.source.nameHint);
    if (!named || this.source.sheetName === null) return;
    const idColumn = columnOf(named, named.idColumn);
    this.ctx.report(
      null,
      `${this.source.sheetName}!${idColumn.headers[0]}`,
      RULES.missingColumn,
      "error",
      `Sheet "${this.source.sheetName}" looks like ${named.title}, but none of its first ${HEADER_SCAN_ROWS} rows is a header row with its columns (${requiredHeaders(named)}), so it was not loaded.`,
    );
  }

  private place(): string {
    const list = this.header?.list;
    return this.source.sheetName ?? (list ? `List ${list.number}` : "the file");
  }

  private columnRef(list: ListDef, label: string): string {
    return `${this.source.sheetName ?? `List ${list.number}`}!${label}`;
  }

  private searchHeader(row: SourceRow): void {
    if (row.number > HEADER_SCAN_ROWS) {
      // Past the rows a header may sit in: this sheet is not a list.
      this.state = "ignored";
      return;
    }
    const texts = row.cells.map((cell) => cellText(cell));
    if (this.hint === null) {
      const title = texts.find((text) => TITLE_CELL.test(text));
      if (title) this.hint = listHint(title);
    }
    const match = recogniseHeader(texts, this.hint);
    if (!match) return;
    this.state = "reading";
    this.header = match;
    this.count = { list: match.list.number, rows: 0 };
    this.ctx.lists.push(this.count);
    this.rowContext = {
      header: match,
      date1904: this.ctx.date1904,
      report: (rowNumber, key, rule, severity, message) => {
        const label = key === null ? null : columnLabel(match, columnOf(match.list, key));
        this.ctx.report(
          rowNumber,
          label === null ? null : this.columnRef(match.list, label),
          rule,
          severity,
          message,
        );
      },
    };
    this.checkColumns(match, row.number);
  }

  private checkColumns(match: HeaderMatch, headerRow: number): void {
    const { list } = match;
    for (const key of list.required) {
      if (match.index.has(key)) continue;
      const column = columnOf(list, key);
      this.ctx.report(
        headerRow,
        this.columnRef(list, column.headers[0] ?? key),
        RULES.missingColumn,
        "error",
        `${list.title} has no "${column.headers[0]}" column, so none of its rows can be loaded. The list needs ${requiredHeaders(list)}.`,
      );
      this.skipping = true;
    }
    const keyDate = list.keyDate;
    if (
      !this.skipping &&
      keyDate &&
      !list.required.includes(keyDate) &&
      !match.index.has(keyDate)
    ) {
      const column = columnOf(list, keyDate);
      this.ctx.report(
        headerRow,
        this.columnRef(list, column.headers[0] ?? keyDate),
        RULES.missingColumn,
        "warning",
        `${list.title} has no "${column.headers[0]}" column: its children were loaded, but no records that need that date.`,
      );
    }
  }
}

function requiredHeaders(list: ListDef): string {
  return list.required.map((key) => `"${columnOf(list, key).headers[0]}"`).join(", ");
}
