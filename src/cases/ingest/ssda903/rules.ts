/**
 * Stable rule codes for SSDA903 problems. The codes are part of the contract with the
 * data-quality report and with performance officers (they search for them), so they
 * never change meaning once published: add a new code rather than re-purpose one.
 */
export const RULES = {
  /** The CSV header matches no SSDA903 table, or the XML root is not EXPSSDA903. Fatal. */
  unknownTable: "SSDA903_UNKNOWN_TABLE",
  /** A column of the recognised table is absent (error and fatal for key columns). */
  missingColumn: "SSDA903_MISSING_COLUMN",
  /** The same column name appears twice in the header; the first one is used. */
  duplicateColumn: "SSDA903_DUPLICATE_COLUMN",
  /** Not a real DD/MM/YYYY date. */
  dateInvalid: "SSDA903_DATE_INVALID",
  /** A real date written YYYY-MM-DD: accepted, but the return format is DD/MM/YYYY. */
  dateFormat: "SSDA903_DATE_FORMAT",
  /** CHILD or the date that keys the record is empty: the record is not emitted. */
  missingMandatory: "SSDA903_MISSING_MANDATORY",
  /** An end date before its start date: reported, the record is still emitted. */
  endBeforeStart: "SSDA903_END_BEFORE_START",
  /** A value outside the published code list: reported, kept as supplied. */
  unknownCode: "SSDA903_UNKNOWN_CODE",
  /** Unreadable CSV: unclosed quote, over-long record, wrong number of values. */
  csvMalformed: "CSV_MALFORMED",
  /** More data rows (CSV) or row-like elements (XML) than the caller allows. Fatal. */
  tooManyRecords: "INPUT_TOO_MANY_RECORDS",
  /** Any DOCTYPE: refused outright so no entity or external reference is ever expanded. */
  xmlDoctypeForbidden: "XML_DOCTYPE_FORBIDDEN",
  /** Not well-formed XML. Fatal from the point of the fault. */
  xmlMalformed: "XML_MALFORMED",
} as const;

export type RuleCode = (typeof RULES)[keyof typeof RULES];
