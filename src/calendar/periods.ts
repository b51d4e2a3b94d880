/**
 * Reporting periods as inclusive `{ from, to }` date ranges (spec: "Period").
 * Financial years run April to March, so FY 2023-24 is 2023-04-01..2024-03-31.
 */
import {
  addDays,
  addMonths,
  daysInMonth,
  formatIsoDate,
  type IsoDate,
  parseIsoDate,
  toDayNumber,
} from "./dates.ts";

export interface Period {
  /** first day, inclusive */
  from: IsoDate;
  /** last day, inclusive; snapshot indicators are measured on this date */
  to: IsoDate;
}

/** Builds a period, checking both dates and that from <= to. */
export function period(from: IsoDate, to: IsoDate): Period {
  if (toDayNumber(from) > toDayNumber(to)) {
    throw new RangeError(`Period ends before it starts: ${from} to ${to}`);
  }
  return { from, to };
}

export function isInPeriod(date: IsoDate, p: Period): boolean {
  const d = toDayNumber(date);
  return toDayNumber(p.from) <= d && d <= toDayNumber(p.to);
}

/** The whole calendar month `month` (1-12) of `year`. */
export function calendarMonth(year: number, month: number): Period {
  return {
    from: formatIsoDate({ year, month, day: 1 }),
    to: formatIsoDate({ year, month, day: daysInMonth(year, month) }),
  };
}

export function monthContaining(date: IsoDate): Period {
  const { year, month } = parseIsoDate(date);
  return calendarMonth(year, month);
}

/** The calendar year in which the financial year containing `date` starts. */
export function financialYearStartYear(date: IsoDate): number {
  const { year, month } = parseIsoDate(date);
  return month >= 4 ? year : year - 1;
}

/** Financial year starting 1 April `startYear`. */
export function financialYear(startYear: number): Period {
  return {
    from: formatIsoDate({ year: startYear, month: 4, day: 1 }),
    to: formatIsoDate({ year: startYear + 1, month: 3, day: 31 }),
  };
}

export function financialYearContaining(date: IsoDate): Period {
  return financialYear(financialYearStartYear(date));
}

/** "2023-24" for the year starting April 2023 (the DfE's usual label). */
export function financialYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** Financial year to date: 1 April of the current financial year to `date`. */
export function yearToDate(date: IsoDate): Period {
  return period(financialYearContaining(date).from, date);
}

/**
 * The 12 months ending on `to`: from the day after addMonths(to, -12). The same window as
 * lac_3plus_placements, e.g. to 2024-03-31 gives 2023-04-01; to 2024-02-29 gives 2023-03-01.
 */
export function rolling12Months(to: IsoDate): Period {
  return period(addDays(addMonths(to, -12), 1), to);
}

/** Every whole calendar month that overlaps [from, to], in order (from <= to). */
export function monthsBetween(from: IsoDate, to: IsoDate): Period[] {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (toDayNumber(from) > toDayNumber(to)) throw new RangeError(`${to} is before ${from}`);
  const months: Period[] = [];
  for (let i = start.year * 12 + start.month - 1; i <= end.year * 12 + end.month - 1; i++) {
    months.push(calendarMonth(Math.floor(i / 12), (i % 12) + 1));
  }
  return months;
}

/** Every whole financial year that overlaps [from, to], in order (from <= to). */
export function financialYearsBetween(from: IsoDate, to: IsoDate): Period[] {
  if (toDayNumber(from) > toDayNumber(to)) throw new RangeError(`${to} is before ${from}`);
  const years: Period[] = [];
  for (let y = financialYearStartYear(from); y <= financialYearStartYear(to); y++) {
    years.push(financialYear(y));
  }
  return years;
}
