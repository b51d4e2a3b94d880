/**
 * Dates as integer day numbers for the generator. A council's worth of stories makes
 * millions of date calculations; parsing and formatting ISO strings for each one would
 * dominate the run time, so the stories work on day numbers (0 = 1970-01-01, as in
 * src/calendar) and dates become text only when a row is written (through a cache).
 * Working days come from the project calendar (England and Wales bank holidays), so a
 * completion the generator puts "within 10 working days" is within 10 by the indicator's
 * own count.
 */
import {
  civilFromDays,
  dayNumberWeekday,
  daysFromCivil,
  daysInMonth,
  englandAndWalesCalendar,
  fromDayNumber,
  isBankHoliday,
  toDayNumber,
} from "../../calendar/index.ts";

export type Day = number;

/** The span of the lookup tables: stories reach back to births in the 1980s. */
const FIRST = toDayNumber("1980-01-01");
const LAST = toDayNumber("2045-12-31");

export function day(iso: string): Day {
  return toDayNumber(iso);
}

interface Tables {
  working: Uint8Array;
  /** working days in [FIRST, d], indexed by d - FIRST */
  cumulative: Int32Array;
  /** the working days in order */
  list: Int32Array;
  iso: (string | undefined)[];
  dmy: (string | undefined)[];
}

let tables: Tables | undefined;

function build(): Tables {
  const size = LAST - FIRST + 1;
  const working = new Uint8Array(size);
  const cumulative = new Int32Array(size);
  const list: number[] = [];
  let count = 0;
  for (let d = FIRST; d <= LAST; d++) {
    // isBankHoliday is a set lookup: outside 2000-2035 it is false and only weekends count.
    const isWorking = dayNumberWeekday(d) <= 5 && !isBankHoliday(fromDayNumber(d));
    if (isWorking) {
      working[d - FIRST] = 1;
      list.push(d);
      count++;
    }
    cumulative[d - FIRST] = count;
  }
  return { working, cumulative, list: Int32Array.from(list), iso: [], dmy: [] };
}

function t(): Tables {
  tables ??= build();
  return tables;
}

function inRange(d: Day): void {
  if (d < FIRST || d > LAST) throw new RangeError(`Day ${d} is outside the generator's calendar`);
}

export function isWorkingDay(d: Day): boolean {
  inRange(d);
  return t().working[d - FIRST] === 1;
}

/** The first day x with wd(d, x) = n (the calendar's definition): n = 0 gives d. */
export function addWorkingDays(d: Day, n: number): Day {
  if (n <= 0) return d;
  inRange(d);
  const tab = t();
  const index = (tab.cumulative[d - FIRST] as number) + n - 1;
  const found = tab.list[index];
  if (found === undefined) throw new RangeError("Working-day arithmetic ran past the calendar");
  return found;
}

/** Working days d with start < d <= end, from the project calendar. */
export function workingDaysBetween(start: Day, end: Day): number {
  return englandAndWalesCalendar().wdDayNumbers(start, end);
}

export function onOrAfterWorkingDay(d: Day): Day {
  let x = d;
  while (!isWorkingDay(x)) x++;
  return x;
}

export function onOrBeforeWorkingDay(d: Day): Day {
  let x = d;
  while (!isWorkingDay(x)) x--;
  return x;
}

/**
 * Calendar months with the day of month clamped, exactly as the calendar's addMonths
 * (and so the indicators) count them, on day numbers.
 */
export function addMonthsDay(d: Day, months: number): Day {
  const { year, month, day: dayOfMonth } = civilFromDays(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(dayOfMonth, daysInMonth(y, m)));
}

/** The day a person born on `dob` turns `years` (29 February birthdays fall on 28 Feb). */
export function birthday(dob: Day, years: number): Day {
  return addMonthsDay(dob, years * 12);
}

export function weekday(d: Day): number {
  return dayNumberWeekday(d);
}

/** `YYYY-MM-DD`, cached: the same few thousand dates are written millions of times. */
export function isoDate(d: Day): string {
  const tab = t();
  const i = d - FIRST;
  const cached = i >= 0 ? tab.iso[i] : undefined;
  if (cached !== undefined) return cached;
  const text = fromDayNumber(d);
  if (i >= 0 && d <= LAST) tab.iso[i] = text;
  return text;
}

/** `DD/MM/YYYY`, the SSDA903 return's format. */
export function dmyDate(d: Day): string {
  const tab = t();
  const i = d - FIRST;
  const cached = i >= 0 ? tab.dmy[i] : undefined;
  if (cached !== undefined) return cached;
  const iso = isoDate(d);
  const text = `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  if (i >= 0 && d <= LAST) tab.dmy[i] = text;
  return text;
}

/** The 31 March ending the collection year that contains d. */
export function collectionYearEnd(d: Day): Day {
  const iso = isoDate(d);
  const year = Number(iso.slice(0, 4));
  return day(iso.slice(5) <= "03-31" ? `${year}-03-31` : `${year + 1}-03-31`);
}
