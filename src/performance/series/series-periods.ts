/**
 * The periods a stored series covers: every calendar month from the first to the last
 * month of the data, and, ending with each of those months, the financial year to date
 * and the rolling 12 months. The Board reads monthly figures; the quarterly report to the
 * minister reads year to date; rolling 12 months smooths small monthly counts.
 */
import { monthsBetween, type Period, rolling12Months, yearToDate } from "../../calendar/periods.ts";

export const SERIES = ["month", "ytd", "rolling12"] as const;
export type Series = (typeof SERIES)[number];

export interface SeriesPeriod extends Period {
  series: Series;
}

export function seriesPeriods(firstMonthStart: string, lastMonthEnd: string): SeriesPeriod[] {
  const periods: SeriesPeriod[] = [];
  for (const month of monthsBetween(firstMonthStart, lastMonthEnd)) {
    periods.push({ series: "month", ...month });
    periods.push({ series: "ytd", ...yearToDate(month.to) });
    periods.push({ series: "rolling12", ...rolling12Months(month.to) });
  }
  return periods;
}

export function isSeries(s: string): s is Series {
  return (SERIES as readonly string[]).includes(s);
}
