/**
 * Readers for one cell of a canonical CSV. Each returns `null` for an empty cell ("not
 * recorded") and `undefined` for a value it cannot read, so the caller decides which
 * problem to report and whether the column may be empty.
 */
import type { IsoDate } from "../../model.ts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Years outside this window are typing errors (0217 for 2017, 9999 for "no date"), not
 * dates in anyone's case history; accepting them would silently put a record centuries
 * away from every reporting period.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

/** A real calendar date written YYYY-MM-DD (1900-2099). */
export function readDate(cell: string): IsoDate | null | undefined {
  const text = cell.trim();
  if (text === "") return null;
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is the last day of this one; UTC so no clock change interferes.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  return text;
}

const TRUE_WORDS = new Set(["true", "1", "yes"]);
const FALSE_WORDS = new Set(["false", "0", "no"]);

/** true/false, 1/0 or yes/no, in any case. */
export function readBoolean(cell: string): boolean | null | undefined {
  const text = cell.trim().toLowerCase();
  if (text === "") return null;
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return undefined;
}

const WHOLE_NUMBER = /^-?\d+$/;
/** Postgres `integer` bounds: a value outside them could not be stored. */
const INT_MIN = -2_147_483_648;
const INT_MAX = 2_147_483_647;

/** A whole number in plain digits (no separators, exponent or decimal point). */
export function readInteger(cell: string): number | null | undefined {
  const text = cell.trim();
  if (text === "") return null;
  if (!WHOLE_NUMBER.test(text)) return undefined;
  const value = Number(text);
  return value >= INT_MIN && value <= INT_MAX ? normaliseZero(value) : undefined;
}

const PLAIN_NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** A number in plain digits with an optional decimal point (0.5, .5, 1.). */
export function readNumeric(cell: string): number | null | undefined {
  const text = cell.trim();
  if (text === "") return null;
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? normaliseZero(value) : undefined;
}

/** "-0" is zero; a negative zero would compare unequal in tests and print oddly. */
function normaliseZero(value: number): number {
  return value === 0 ? 0 : value;
}

/** The items of a `;`-separated list cell, trimmed, empty items dropped (so "a;;b;" is [a, b]). */
export function readList(cell: string): string[] {
  return cell
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** A trimmed text value; empty is null. */
export function readText(cell: string): string | null {
  const text = cell.trim();
  return text === "" ? null : text;
}
