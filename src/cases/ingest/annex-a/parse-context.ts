/**
 * State one Annex A file's parse shares across its lists: where problems go, the row
 * budget, the child/referral merger, what each list yielded, and whether a fatal
 * problem has stopped reading.
 */
import type { ProblemLog, RecordSink, Severity } from "../problems.ts";
import { DEFAULT_MAX_ROWS } from "./limits.ts";
import { RecordMerger } from "./merge.ts";
import type { RuleCode } from "./rules.ts";

/** What the CSV and xlsx parsers take. */
export interface AnnexAParseOptions {
  /** The file name as the user uploaded it; every problem names it. */
  file: string;
  sink: RecordSink;
  problems: ProblemLog;
  /** Cap on data rows over all lists; default DEFAULT_MAX_ROWS. */
  maxRows?: number;
}

export interface AnnexAListCount {
  list: number;
  rows: number;
}

export interface AnnexAResult {
  /** One entry per list found, in file (tab) order, with its number of data rows. */
  lists: AnnexAListCount[];
}

export class ParseContext {
  readonly file: string;
  readonly problems: ProblemLog;
  readonly sink: RecordSink;
  readonly maxRows: number;
  readonly merger = new RecordMerger();
  readonly lists: AnnexAListCount[] = [];
  /** Set by a fatal problem: nothing more is read or emitted. */
  stopped = false;
  /** Data rows read so far, over all lists. */
  rows = 0;
  /** The workbook counts dates from 1904 (old Mac Excel). */
  date1904 = false;

  constructor(options: AnnexAParseOptions) {
    this.file = options.file;
    this.problems = options.problems;
    this.sink = options.sink;
    this.maxRows = Math.max(0, Math.floor(options.maxRows ?? DEFAULT_MAX_ROWS));
  }

  /** Reports a problem; `column` is already "Sheet!Header" or null. */
  report(
    row: number | null,
    column: string | null,
    rule: RuleCode,
    severity: Severity,
    message: string,
  ): void {
    this.problems.add({
      file: this.file,
      row,
      line: null,
      path: null,
      column,
      rule,
      message,
      severity,
    });
  }

  /** A problem that ends the read: reported once, later ones are not. */
  fatal(row: number | null, column: string | null, rule: RuleCode, message: string): void {
    if (this.stopped) return;
    this.report(row, column, rule, "error", message);
    this.stopped = true;
  }

  /** Emits the merged child records; called once, after the last list. */
  async emitChildren(): Promise<void> {
    if (this.stopped) return;
    for (const record of this.merger.allChildren()) {
      await this.sink.add({ type: "child", record });
    }
  }

  result(): AnnexAResult {
    return { lists: this.lists.map((entry) => ({ ...entry })) };
  }
}
