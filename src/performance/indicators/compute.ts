/** Entry points: compute one indicator, or all of them, for a period. */
import { period as checkedPeriod } from "../../calendar/periods.ts";
import { englandAndWalesCalendar, type WorkingDayCalendar } from "../../calendar/working-days.ts";
import { assessmentsChildSeen } from "./assessment-seen.ts";
import {
  assessments45wd,
  coreAssessments35wd,
  initialAssessments7wd,
  initialAssessments10wd,
} from "./assessments.ts";
import { careLeaversEet, careLeaversSuitableAccommodation } from "./care-leavers.ts";
import {
  cppEnded2yPlus,
  cppOpenAtEnd,
  cppSecondOrSubsequent,
  cppStarts,
  icpc15wd,
  s47Enquiries,
} from "./child-protection.ts";
import { cinOpenAtEnd } from "./children-in-need.ts";
import { referralsToAssessment } from "./conversion.ts";
import { cpReviewsOnTimeIndicator } from "./cp-reviews.ts";
import { INDICATOR_IDS, type IndicatorId, isIndicatorId } from "./definitions.ts";
import { referrals, referralsNfa, reReferrals12m } from "./front-door.ts";
import { lacDentalChecks, lacHealthChecks } from "./health.ts";
import { lac3plusPlacements, lacAtEnd, lacReviewsOnTimeIndicator } from "./looked-after.ts";
import { isPrepared, type PreparedCaseData, prepareCaseData } from "./prepare.ts";
import { referralRate10k } from "./referral-rate.ts";
import { lacLongTermStability } from "./stability.ts";
import type { CaseData, IndicatorResult, Period } from "./types.ts";
import { cpVisits10wd, lacVisits6w } from "./visits.ts";

type Compute = (
  data: PreparedCaseData,
  period: Period,
  calendar: WorkingDayCalendar,
) => IndicatorResult;

const COMPUTE: Readonly<Record<IndicatorId, Compute>> = {
  referrals,
  re_referrals_12m: reReferrals12m,
  referrals_nfa: referralsNfa,
  referral_rate_10k: referralRate10k,
  referrals_to_assessment: referralsToAssessment,
  assessments_45wd: assessments45wd,
  initial_assessments_10wd: initialAssessments10wd,
  initial_assessments_7wd: initialAssessments7wd,
  core_assessments_35wd: coreAssessments35wd,
  assessments_child_seen: assessmentsChildSeen,
  s47_enquiries: s47Enquiries,
  icpc_15wd: icpc15wd,
  cpp_starts: cppStarts,
  cpp_second_or_subsequent: cppSecondOrSubsequent,
  cpp_ended_2y_plus: cppEnded2yPlus,
  cpp_open_at_end: cppOpenAtEnd,
  cp_reviews_on_time: cpReviewsOnTimeIndicator,
  cp_visits_10wd: cpVisits10wd,
  cin_open_at_end: cinOpenAtEnd,
  lac_at_end: lacAtEnd,
  lac_3plus_placements: lac3plusPlacements,
  lac_reviews_on_time: lacReviewsOnTimeIndicator,
  lac_visits_6w: lacVisits6w,
  lac_long_term_stability: lacLongTermStability,
  lac_health_checks: lacHealthChecks,
  lac_dental_checks: lacDentalChecks,
  care_leavers_eet: careLeaversEet,
  care_leavers_suitable_accommodation: careLeaversSuitableAccommodation,
};

/**
 * Computes one indicator. `data` may be raw CaseData (merged here) or the result of
 * prepareCaseData, which is worth doing once when computing many indicators or periods.
 */
export function computeIndicator(
  id: string,
  data: CaseData | PreparedCaseData,
  period: Period,
  calendar: WorkingDayCalendar = englandAndWalesCalendar(),
): IndicatorResult {
  if (!isIndicatorId(id)) throw new RangeError(`Unknown indicator: ${id}`);
  const p = checkedPeriod(period.from, period.to);
  return COMPUTE[id](isPrepared(data) ? data : prepareCaseData(data), p, calendar);
}

/** Computes the given indicators (all of them by default), in definition order. */
export function computeAll(
  data: CaseData | PreparedCaseData,
  period: Period,
  calendar: WorkingDayCalendar = englandAndWalesCalendar(),
  ids: readonly IndicatorId[] = INDICATOR_IDS,
): IndicatorResult[] {
  const prepared = isPrepared(data) ? data : prepareCaseData(data);
  return ids.map((id) => computeIndicator(id, prepared, period, calendar));
}
