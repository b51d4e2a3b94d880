/**
 * Working days: Monday to Friday, less bank holidays and (optionally) local closure days.
 *
 * `wd(start, end)` counts working days d with start < d <= end, so the start day is day 0
 * and "within N working days" is `wd(start, end) <= N` (spec: Conventions). Indicators
 * call this millions of times, so inside 2000-01-01..2035-12-31 it is two array reads from
 * a precomputed cumulative count; outside, the same count is derived arithmetically
 * (weekdays by whole weeks, less the non-working weekdays found by binary search).
 */
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays.ts";
import { dayNumberWeekday, fromDayNumber, type IsoDate, toDayNumber } from "./dates.ts";

export interface WorkingDayCalendarOptions {
  /** Holidays to observe; England and Wales bank holidays 2000-2035 by default. */
  holidays?: readonly { date: IsoDate }[];
  /** Local closure days (e.g. a council's Christmas shutdown). None by default. */
  closures?: readonly IsoDate[];
}

const TABLE_FIRST = toDayNumber("2000-01-01");
const TABLE_LAST = toDayNumber("2035-12-31");

/** 1970-01-05, a Monday: the anchor for counting weekdays by whole weeks. */
const MONDAY_ANCHOR = 4;

/**
 * A running count of weekdays: weekdaysThrough(n) - weekdaysThrough(n - 1) is 1 exactly
 * when day n is Monday-Friday. Valid for negative day numbers too (floor division).
 */
function weekdaysThrough(dayNumber: number): number {
  const sinceAnchor = dayNumber - MONDAY_ANCHOR;
  const weeks = Math.floor(sinceAnchor / 7);
  const dayInWeek = sinceAnchor - weeks * 7; // 0 = Monday ... 6 = Sunday
  return weeks * 5 + Math.min(dayInWeek + 1, 5);
}

/** Number of entries in the ascending array that are <= value. */
function countAtOrBelow(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class WorkingDayCalendar {
  /** Holidays and closures that fall on a weekday, ascending, as day numbers. */
  readonly #closedWeekdays: Int32Array;
  readonly #closed: ReadonlySet<number>;
  /** #cumulative[i] = working days in [TABLE_FIRST, TABLE_FIRST + i]. */
  readonly #cumulative: Int32Array;

  constructor(options: WorkingDayCalendarOptions = {}) {
    const holidays = options.holidays ?? ENGLAND_AND_WALES_BANK_HOLIDAYS;
    const closed = new Set<number>();
    for (const h of holidays) closed.add(toDayNumber(h.date));
    for (const c of options.closures ?? []) closed.add(toDayNumber(c));
    // Weekend holidays are already non-working; keeping them would double-subtract.
    const weekdays = [...closed].filter((d) => dayNumberWeekday(d) <= 5).sort((a, b) => a - b);
    this.#closed = new Set(weekdays);
    this.#closedWeekdays = Int32Array.from(weekdays);

    const cumulative = new Int32Array(TABLE_LAST - TABLE_FIRST + 1);
    let running = 0;
    for (let day = TABLE_FIRST; day <= TABLE_LAST; day++) {
      if (this.#isWorkingDayNumber(day)) running++;
      cumulative[day - TABLE_FIRST] = running;
    }
    this.#cumulative = cumulative;
  }

  #isWorkingDayNumber(day: number): boolean {
    return dayNumberWeekday(day) <= 5 && !this.#closed.has(day);
  }

  /** Working days in (-infinity, day], up to a constant: only differences are meaningful. */
  #runningCount(day: number): number {
    return weekdaysThrough(day) - countAtOrBelow(this.#closedWeekdays, day);
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.#isWorkingDayNumber(toDayNumber(date));
  }

  /**
   * wd on day numbers: working days d with start < d <= end. Signed: when end < start the
   * result is -wd(end, start), which keeps wd(a, c) = wd(a, b) + wd(b, c) for any order.
   */
  wdDayNumbers(start: number, end: number): number {
    if (start >= TABLE_FIRST && end >= TABLE_FIRST && start <= TABLE_LAST && end <= TABLE_LAST) {
      return (
        (this.#cumulative[end - TABLE_FIRST] as number) -
        (this.#cumulative[start - TABLE_FIRST] as number)
      );
    }
    return this.#runningCount(end) - this.#runningCount(start);
  }

  /** Working-day duration: working days d with start < d <= end (signed, see above). */
  wd(start: IsoDate, end: IsoDate): number {
    return this.wdDayNumbers(toDayNumber(start), toDayNumber(end));
  }

  /** wd(start, end), or null when end < start (a data error the caller must report). */
  workingDaysBetween(start: IsoDate, end: IsoDate): number | null {
    const s = toDayNumber(start);
    const e = toDayNumber(end);
    return e < s ? null : this.wdDayNumbers(s, e);
  }

  /**
   * The first date d with wd(date, d) = n (n >= 0): the last day something "within n
   * working days" of `date` can happen. n = 0 gives `date` itself.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n) || n < 0) {
      throw new RangeError(`Working days to add must be a whole number >= 0, not ${n}`);
    }
    let day = toDayNumber(date);
    for (let remaining = n; remaining > 0; ) {
      day++;
      if (this.#isWorkingDayNumber(day)) remaining--;
    }
    return fromDayNumber(day);
  }
}

let defaultCalendar: WorkingDayCalendar | undefined;

/** England and Wales bank holidays, no local closures; built once and shared. */
export function englandAndWalesCalendar(): WorkingDayCalendar {
  defaultCalendar ??= new WorkingDayCalendar();
  return defaultCalendar;
}
