import type { ProblemLog, RecordSink } from "../problems.ts";

/** What both SSDA903 parsers (CSV and XML) take. */
export interface Ssda903ParseOptions {
  /** The file name as the user uploaded it; every problem names it. */
  file: string;
  sink: RecordSink;
  problems: ProblemLog;
  /** The extract's collection year, stamped on OC2 health-check records. */
  collectionYear?: number | null;
  /** Cap on data rows (CSV) or row-like elements (XML); default DEFAULT_MAX_ROWS. */
  maxRows?: number;
}
