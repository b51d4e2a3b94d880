/** `cp_reviews_on_time`: child protection plans whose review conferences were all on time. */
import { addMonths } from "../../calendar/dates.ts";
import { planOpenAt } from "./child-protection.ts";
import type { PreparedCaseData } from "./prepare.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

/**
 * Reviews `reviews` (ascending, unique, all <= to) of a plan starting `start`: the first
 * is due by addMonths(start, 3), each later one by addMonths(previous actual review, 6),
 * both inclusive; and the next due date must not have passed at `to` (due on `to` is fine).
 */
export function cpReviewsOnTime(start: string, reviews: readonly string[], to: string): boolean {
  let due = addMonths(start, 3);
  for (const review of reviews) {
    if (review > due) return false;
    due = addMonths(review, 6);
  }
  return due >= to;
}

/**
 * Denominator: plans open at `to` that were due a first review by then
 * (addMonths(start, 3) <= to). Only review dates <= to are used.
 */
export function cpReviewsOnTimeIndicator(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.cpPlan);
  const to = period.to;
  for (const p of data.cpPlans) {
    if (!planOpenAt(p, to) || addMonths(p.startDate, 3) > to) continue;
    const reviews = p.reviewDates.filter((r) => r <= to);
    tally.add(p.key, cpReviewsOnTime(p.startDate, reviews, to));
  }
  return tally.percentResult("cp_reviews_on_time");
}
