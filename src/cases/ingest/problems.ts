/**
 * A validation problem, as shown to a performance officer. Every rejection names the
 * file, where in it (CSV/xlsx row, or XML line and element path), the column or field,
 * a stable rule code and a plain-English message.
 */
export type Severity = "error" | "warning";

export interface Problem {
  file: string;
  /** 1-based data row for CSV/xlsx (header is row 1), or null for XML. */
  row: number | null;
  /** 1-based line for XML input, or null. */
  line: number | null;
  /** XML element path such as `/Message/Children/Child[3]/CINdetails[1]/CINreferralDate`. */
  path: string | null;
  column: string | null;
  rule: string;
  message: string;
  severity: Severity;
}

/** Collects problems, keeping at most `limit` in full while counting all of them. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  errorCount = 0;
  warningCount = 0;

  private readonly limit: number;

  constructor(limit = 10_000) {
    this.limit = limit;
  }

  add(problem: Problem): void {
    if (problem.severity === "error") this.errorCount++;
    else this.warningCount++;
    if (this.problems.length < this.limit) this.problems.push(problem);
  }

  get truncated(): boolean {
    return this.errorCount + this.warningCount > this.problems.length;
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }
}

/** Receives records as a parser streams them; awaited so the loader can apply backpressure. */
export interface RecordSink {
  add(record: import("../model.ts").CaseRecord): void | Promise<void>;
}
