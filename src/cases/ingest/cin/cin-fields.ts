/**
 * Value parsing for CIN census elements. Pure functions, no problem reporting: the caller
 * knows the element, line and path and decides how serious a bad value is.
 */
import type { IsoDate } from "../../model.ts";

/** Element text as a value: surrounding whitespace is layout, and an empty element is absent. */
export function cleanText(raw: string): string | null {
  const text = raw.trim();
  return text === "" ? null : text;
}

/**
 * The spec accepts `true`/`1` and `false`/`0` in any case; the XSD only allows 0/1 but
 * suppliers write true/false, and rejecting those would drop real referrals.
 */
export function parseCinBoolean(text: string): boolean | null {
  switch (text.trim().toLowerCase()) {
    case "true":
    case "1":
      return true;
    case "false":
    case "0":
      return false;
    default:
      return null;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date written exactly `YYYY-MM-DD`. Date.parse is not used because it rolls
 * 2023-02-30 over to 2 March instead of rejecting it.
 */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${match[1]}-${match[2]}-${match[3]}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A non-negative whole number (`positiveintegertype` in the XSD, which includes 0). */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\+?\d{1,15}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/** `Header/CollectionDetails/Year` is an xs:gYear; only plain four-digit years are useful. */
export function parseYear(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{4}$/.test(trimmed) ? Number(trimmed) : null;
}
