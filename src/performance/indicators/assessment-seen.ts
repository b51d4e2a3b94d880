/**
 * `assessments_child_seen`: of the assessments completed in the period, the share in
 * which the child was seen. Every kind counts (single, initial, core): seeing the child
 * is expected in each, and councils moved from initial/core to single assessments at
 * different times, so one figure spans the change.
 *
 * The flag is AssessmentRecord.childSeen (Annex A "child seen during assessment", or the
 * canonical file's child_seen). The CIN census has no such item, so CIN-only data gives
 * "no data" here. Visits are deliberately not used to fill the gap: a visit record can
 * show the child was seen but its absence cannot show they were not (the visits may
 * simply not be loaded), so a fallback could only ever add "seen" and would flatter it.
 */
import { inPeriod } from "./in-period.ts";
import type { PreparedCaseData } from "./prepare.ts";
import { REASONS } from "./reasons.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

export function assessmentsChildSeen(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(Object.values(data.invalid.assessment).flat());
  for (const a of data.assessments) {
    if (a.completionDate === null || !inPeriod(a.completionDate, period)) continue;
    // As for referrals_nfa: an unrecorded flag is left out and reported, not guessed.
    if (a.childSeen === null) tally.exclude(a.key, REASONS.missingChildSeen);
    else tally.add(a.key, a.childSeen);
  }
  return tally.percentResult("assessments_child_seen");
}
