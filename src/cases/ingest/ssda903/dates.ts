import type { IsoDate } from "../../model.ts";

/**
 * How a raw SSDA903 date cell reads:
 * - `empty`: nothing recorded (the caller decides whether that is allowed);
 * - `ok`: a real DD/MM/YYYY date (the return's format);
 * - `iso`: a real date written YYYY-MM-DD, which some case-system exports produce. It is
 *   unambiguous, so it is accepted, but reported so the LA can fix its export;
 * - `partial`: DATE_PERM with an unknown day/month, written `zz/MM/YYYY` or `zz/zz/YYYY`
 *   as the DfE guidance allows (only when the caller asks for it);
 * - `invalid`: anything else, including impossible dates such as 31/02/2020.
 */
export type DateReading =
  | { kind: "empty" }
  | { kind: "ok"; iso: IsoDate }
  | { kind: "iso"; iso: IsoDate }
  | { kind: "partial" }
  | { kind: "invalid" };

const DMY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL = /^[zZ]{2}\/([zZ]{2}|\d{2})\/(\d{4})$/;

/**
 * Years outside this window are typing errors (0217 for 2017, 9999 as "no date"), not
 * dates anyone in care could have; treating them as valid would silently put a record
 * centuries outside every reporting period.
 */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

export function readSsdaDate(raw: string, options?: { allowPartial?: boolean }): DateReading {
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  const dmy = DMY.exec(text);
  if (dmy) {
    const iso = realIsoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
    return iso ? { kind: "ok", iso } : { kind: "invalid" };
  }
  const ymd = YMD.exec(text);
  if (ymd) {
    const iso = realIsoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    return iso ? { kind: "iso", iso } : { kind: "invalid" };
  }
  if (options?.allowPartial) {
    const partial = PARTIAL.exec(text);
    if (partial && isPlausiblePartial(partial[1] ?? "", Number(partial[2]))) {
      return { kind: "partial" };
    }
  }
  return { kind: "invalid" };
}

/** `YYYY-MM-DD` when (year, month, day) is a real calendar date in the accepted window. */
function realIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function isPlausiblePartial(month: string, year: number): boolean {
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  if (month.toLowerCase() === "zz") return true;
  const m = Number(month);
  return m >= 1 && m <= 12;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids any DST edge.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** `31/03/2017` for `2017-03-31`: messages quote dates the way the LA wrote them. */
export function isoToDmy(iso: IsoDate): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
