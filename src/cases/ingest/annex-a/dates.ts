/**
 * Dates as Annex A workbooks and CSVs hold them: real date cells, Excel serial numbers
 * (a date cell whose format was lost, a formula result, or a CSV saved from one), and
 * text. The template asks for DD/MM/YYYY; case-system exports also give YYYY-MM-DD and
 * a time of day, which are unambiguous and accepted. Month-first (US) text is not: it
 * cannot be told apart from DD/MM.
 */
import type { IsoDate } from "../../model.ts";

export type DateReading = { kind: "empty" } | { kind: "ok"; iso: IsoDate } | { kind: "invalid" };

/**
 * Years outside this window are typing errors (0217 for 2017, 9999 as "no end"), not
 * dates anyone in children's services could have.
 */
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?[ap]m)?)?`;
const DMY = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}$`, "i");
const YMD = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}(?:Z|[+-]\d{2}:?\d{2})?$`, "i");
/** An Excel serial written as text: whole days, optionally with a time fraction. */
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;

const DAY_MS = 86_400_000;

/** Reads a date from text (CSV, or a text cell). */
export function readDateText(raw: string, date1904 = false): DateReading {
  const text = raw.trim();
  if (text === "") return { kind: "empty" };
  const dmy = DMY.exec(text);
  if (dmy) return fromParts(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const ymd = YMD.exec(text);
  if (ymd) return fromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  if (SERIAL.test(text)) return readExcelSerial(Number(text), date1904);
  return { kind: "invalid" };
}

/**
 * An Excel serial day number. The 1900 system counts 1900-01-01 as day 1 and keeps
 * Lotus 1-2-3's phantom 29 February 1900 as day 60; the 1904 system (old Mac workbooks)
 * counts from 1904-01-01 as day 0. A time of day is the fraction, and is dropped.
 */
export function readExcelSerial(serial: number, date1904 = false): DateReading {
  if (!Number.isFinite(serial) || serial < 1) return { kind: "invalid" };
  const day = Math.floor(serial);
  let ms: number;
  if (date1904) ms = Date.UTC(1904, 0, 1) + day * DAY_MS;
  else if (day === 60) return { kind: "invalid" };
  else if (day < 60) ms = Date.UTC(1899, 11, 31) + day * DAY_MS;
  else ms = Date.UTC(1899, 11, 30) + day * DAY_MS;
  return fromUtc(new Date(ms));
}

/**
 * A date cell as exceljs gives it: midnight UTC of the calendar date (plus the time of
 * day, if any). The UTC date is the one the spreadsheet shows.
 */
export function readDateCell(value: Date): DateReading {
  if (Number.isNaN(value.getTime())) return { kind: "invalid" };
  return fromUtc(value);
}

function fromUtc(date: Date): DateReading {
  return fromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function fromParts(year: number, month: number, day: number): DateReading {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) {
    return { kind: "invalid" };
  }
  if (day > daysInMonth(year, month)) return { kind: "invalid" };
  return { kind: "ok", iso: `${year}-${pad2(month)}-${pad2(day)}` };
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 0);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** `31/03/2024` for `2024-03-31`: messages quote dates the way the template writes them. */
export function isoToDmy(iso: IsoDate): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
