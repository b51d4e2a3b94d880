/**
 * Stable rule codes for Annex A problems. Performance officers search for these and the
 * data-quality report groups by them, so a code never changes meaning once published:
 * add a new one instead.
 *
 * Contract (as for the other importers): an `error` means the row it names was not
 * loaded (and the loader rejects the file); a `warning` means the row was loaded as
 * described in the message. "Fatal" problems also stop reading the file.
 */
export const RULES = {
  /** No sheet (xlsx) or header row (CSV) is recognisable as an Annex A list. Fatal. */
  noLists: "ANNEXA_NO_LISTS",
  /**
   * A column the list cannot be loaded without (child id, the date that keys its record)
   * is absent: error, and no row of that list is loaded. Also used as a warning for
   * List 8 without "Date Started to be Looked After" (children loaded, no episodes).
   */
  missingColumn: "ANNEXA_MISSING_COLUMN",
  /** A value in a date column is not a real date. Error: the row is not loaded. */
  dateInvalid: "ANNEXA_DATE_INVALID",
  /** The child id or the date that keys the row's record is empty. Error: row not loaded. */
  missingMandatory: "ANNEXA_MISSING_MANDATORY",
  /** A pick-list value outside the template's codes. Warning: kept as supplied. */
  unknownCode: "ANNEXA_UNKNOWN_CODE",
  /** A count column (e.g. number of previous plans) that is not a whole number. Warning. */
  numberInvalid: "ANNEXA_NUMBER_INVALID",
  /** An end date before its start date. Warning: the record is still loaded. */
  endBeforeStart: "ANNEXA_END_BEFORE_START",
  /** Not a readable, safe xlsx (bad zip, path tricks, zip bomb, broken sheet XML). Fatal. */
  xlsxMalformed: "XLSX_MALFORMED",
  /** Unreadable CSV (unclosed quote, over-long record). Fatal. */
  csvMalformed: "CSV_MALFORMED",
  /** More data rows than the caller allows. Fatal. */
  tooManyRecords: "INPUT_TOO_MANY_RECORDS",
} as const;

export type RuleCode = (typeof RULES)[keyof typeof RULES];

export const ALL_RULES: ReadonlySet<string> = new Set(Object.values(RULES));
