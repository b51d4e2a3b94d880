/**
 * Value parsing and census-year arithmetic for CSWW elements. Pure functions, no problem
 * reporting: the caller knows where the value was and how serious a bad one is.
 */
import type { IsoDate } from "../../model.ts";

/** An xs:decimal: optional sign, digits with an optional fraction. No exponents, no commas. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * A full-time equivalent between 0 and 1 (the XSD's `ftetype`). The XSD also caps it at
 * six decimal places; a longer fraction is still a clear number, so it is accepted rather
 * than rejecting a whole return over rounding.
 */
export function parseFte(text: string): number | null {
  if (!DECIMAL.test(text)) return null;
  const value = Number(text);
  if (!(value >= 0 && value <= 1)) return null;
  // "-0" is a valid decimal; store it as plain 0.
  return value === 0 ? 0 : value;
}

/**
 * The census date of a collection year. The CSWW census counts the workforce as at
 * 30 September and covers the year ending then (the 2022 census: 1 October 2021 to
 * 30 September 2022), so a header without a ReferenceDate still names its date by Year.
 */
export function censusDateOfYear(year: number): IsoDate {
  return `${String(year).padStart(4, "0")}-09-30`;
}

/** The first day of the year a census date closes: the day after the same date a year before. */
export function censusYearStart(referenceDate: IsoDate): IsoDate {
  const year = Number(referenceDate.slice(0, 4));
  const month = Number(referenceDate.slice(5, 7));
  const day = Number(referenceDate.slice(8, 10));
  const start = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years 0-99 literally; day + 1 rolls over months.
  start.setUTCFullYear(year - 1, month - 1, day + 1);
  return start.toISOString().slice(0, 10);
}
