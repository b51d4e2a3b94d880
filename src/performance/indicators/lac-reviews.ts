/** Timeliness of looked-after reviews within one period of care. */
import { addMonths } from "../../calendar/dates.ts";
import type { WorkingDayCalendar } from "../../calendar/working-days.ts";

/**
 * `reviews`: ascending unique review dates with start <= date <= to. On time when the
 * first is within 20 working days of the period start, the second within addMonths(first, 3),
 * later ones within addMonths(previous, 6) (all inclusive), and the next one is not overdue
 * at `to`: with none yet wd(start, to) <= 20; after one addMonths(first, 3) >= to; after
 * more addMonths(last, 6) >= to.
 */
export function lacReviewsOnTime(
  start: string,
  reviews: readonly string[],
  to: string,
  calendar: WorkingDayCalendar,
): boolean {
  const [first, ...later] = reviews;
  if (first === undefined) return calendar.wd(start, to) <= 20;
  if (calendar.wd(start, first) > 20) return false;
  let previous = first;
  let due = addMonths(first, 3);
  for (const review of later) {
    if (review > due) return false;
    previous = review;
    due = addMonths(previous, 6);
  }
  return due >= to;
}
