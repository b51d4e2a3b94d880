/**
 * Which returns the range produces: a CIN census and an SSDA903 return for each year to
 * 31 March that overlaps it, and a workforce census for each 30 September in it. A return
 * shows what was known on its view date: the 31 March, or the end of the range when the
 * range stops mid-year.
 */
import { addMonthsDay, collectionYearEnd, type Day, day, isoDate } from "./days.ts";

export interface CollectionYear {
  /** the year the collection is named by (the 31 March it ends on) */
  year: number;
  referenceDate: Day;
  /** 1 April of the year before */
  start: Day;
  /** what the return knows: the reference date, or the end of the range if earlier */
  view: Day;
}

export function collectionYears(from: Day, to: Day): CollectionYear[] {
  const years: CollectionYear[] = [];
  for (
    let end = collectionYearEnd(from);
    end <= collectionYearEnd(to);
    end = addMonthsDay(end, 12)
  ) {
    years.push({
      year: Number(isoDate(end).slice(0, 4)),
      referenceDate: end,
      start: addMonthsDay(end, -12) + 1,
      view: Math.min(end, to),
    });
  }
  return years;
}

/**
 * Workforce census dates: every 30 September in the range, or the last one before it
 * when the range holds none (the workforce must be known to allocate cases).
 */
export function censusDates(from: Day, to: Day): Day[] {
  const dates: Day[] = [];
  const lastYear = Number(isoDate(to).slice(0, 4));
  for (let year = Number(isoDate(from).slice(0, 4)); year <= lastYear; year++) {
    const d = day(`${year}-09-30`);
    if (d >= from && d <= to) dates.push(d);
  }
  if (dates.length === 0) {
    const d = day(`${lastYear}-09-30`);
    dates.push(d <= to ? d : day(`${lastYear - 1}-09-30`));
  }
  return dates;
}
