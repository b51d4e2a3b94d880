/** Child protection: section 47 enquiries, ICPC timeliness, plan starts, endings and stock. */
import { daysBetween } from "../../calendar/dates.ts";
import type { WorkingDayCalendar } from "../../calendar/working-days.ts";
import type { CpPlanRecord } from "../../cases/model.ts";
import { inPeriod } from "./in-period.ts";
import type { PreparedCaseData } from "./prepare.ts";
import { REASONS } from "./reasons.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

/** `s47_enquiries`: enquiries starting in the period, whatever their conference date. */
export function s47Enquiries(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.section47);
  for (const s of data.section47s) {
    if (inPeriod(s.startDate, period)) tally.count(s.key);
  }
  return tally.countResult("s47_enquiries");
}

/**
 * `icpc_15wd`: enquiries whose initial conference (the date on the section 47 record, not
 * the referral's) is in the period, on time when wd(s47 start, conference) <= 15.
 */
export function icpc15wd(
  data: PreparedCaseData,
  period: Period,
  calendar: WorkingDayCalendar,
): IndicatorResult {
  const tally = new Tally(data.invalid.section47);
  for (const s of data.section47s) {
    if (s.icpcDate === null || !inPeriod(s.icpcDate, period)) continue;
    const days = calendar.workingDaysBetween(s.startDate, s.icpcDate);
    if (days === null) tally.exclude(s.key, REASONS.endBeforeStart);
    else tally.add(s.key, days <= 15);
  }
  return tally.percentResult("icpc_15wd");
}

/** `cpp_starts`: plans starting in the period. */
export function cppStarts(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.cpPlan);
  for (const p of data.cpPlans) {
    if (inPeriod(p.startDate, period)) tally.count(p.key);
  }
  return tally.countResult("cpp_starts");
}

/**
 * `cpp_second_or_subsequent`: plans starting in the period where the child has a plan
 * with a strictly earlier start, or the plan records previous plans > 0. Without an
 * earlier plan and without a usable count we cannot tell, so the plan is left out.
 */
export function cppSecondOrSubsequent(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.cpPlan);
  for (const p of data.cpPlans) {
    if (!inPeriod(p.startDate, period)) continue;
    const first = data.firstPlanStartByChild.get(p.laChildId);
    const hasEarlierPlan = first !== undefined && first < p.startDate;
    if (hasEarlierPlan) tally.add(p.key, true);
    else if (p.previousPlans === null || !Number.isFinite(p.previousPlans)) {
      tally.exclude(p.key, REASONS.unknownPreviousPlans);
    } else tally.add(p.key, p.previousPlans > 0);
  }
  return tally.percentResult("cpp_second_or_subsequent");
}

/** `cpp_ended_2y_plus`: plans ending in the period that lasted 730 calendar days or more. */
export function cppEnded2yPlus(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.cpPlan);
  for (const p of data.cpPlans) {
    if (p.endDate === null || !inPeriod(p.endDate, period)) continue;
    const days = daysBetween(p.startDate, p.endDate);
    if (days < 0) tally.exclude(p.key, REASONS.endBeforeStart);
    else tally.add(p.key, days >= 730);
  }
  return tally.percentResult("cpp_ended_2y_plus");
}

/** Open at t: started on or before t, and not ended by t (an end on t is closed). */
export function planOpenAt(plan: CpPlanRecord, t: string): boolean {
  return plan.startDate <= t && (plan.endDate === null || plan.endDate > t);
}

/** `cpp_open_at_end`: plans open at the reporting date (counted as plans, not children). */
export function cppOpenAtEnd(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.cpPlan);
  for (const p of data.cpPlans) {
    if (planOpenAt(p, period.to)) tally.count(p.key);
  }
  return tally.countResult("cpp_open_at_end");
}
