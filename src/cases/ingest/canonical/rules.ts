import type { Severity } from "../problems.ts";

/**
 * Stable rule codes for canonical CSV problems. Performance officers search for these
 * and the data-quality report groups by them, so a published code never changes
 * meaning: add a new one instead.
 */
export const CANONICAL_RULES = {
  /** No `record_type` first column, or the first data row names no record type. Fatal. */
  unknownRecordType: "CANONICAL_UNKNOWN_RECORD_TYPE",
  /** A data row names a different record type from the file's first data row. */
  mixedRecordTypes: "CANONICAL_MIXED_RECORD_TYPES",
  /** A key column of the record type is absent from the header. Fatal. */
  missingColumn: "CANONICAL_MISSING_COLUMN",
  /** A header name that is not a column of the record type: warned about and ignored. */
  unknownColumn: "CANONICAL_UNKNOWN_COLUMN",
  /** The same column named twice in the header: warned about, the first one is read. */
  duplicateColumn: "CANONICAL_DUPLICATE_COLUMN",
  /** A key value is empty: the record is not emitted. */
  missingMandatory: "CANONICAL_MISSING_MANDATORY",
  /** Not a real YYYY-MM-DD date. */
  dateInvalid: "CANONICAL_DATE_INVALID",
  /** Not one of true/false/1/0/yes/no. */
  booleanInvalid: "CANONICAL_BOOLEAN_INVALID",
  /** Not a plain number (or not a whole number in range, for integer columns). */
  numberInvalid: "CANONICAL_NUMBER_INVALID",
  /** An assessment or visit kind outside its fixed list. */
  codeInvalid: "CANONICAL_CODE_INVALID",
  /** An end date before its start date: reported, the record is still emitted. */
  endBeforeStart: "CANONICAL_END_BEFORE_START",
  /**
   * Unreadable CSV. Fatal for a quote or size fault (nothing after it can be trusted);
   * an error on the row alone when a row's values do not line up with the header.
   */
  csvMalformed: "CSV_MALFORMED",
  /** More data rows than one import accepts. Fatal. */
  tooManyRecords: "INPUT_TOO_MANY_RECORDS",
} as const;

export type CanonicalRule = (typeof CANONICAL_RULES)[keyof typeof CANONICAL_RULES];

/** Reports one problem at a place the caller already knows (file and row). */
export type ReportProblem = (
  column: string | null,
  rule: CanonicalRule,
  severity: Severity,
  message: string,
) => void;
