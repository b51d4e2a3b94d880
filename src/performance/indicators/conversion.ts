/**
 * `referrals_to_assessment`: of the referrals in the period, the share that led to an
 * assessment. Assessments belong to the child, not to a referral (spec: whichever
 * referral they were nested under), so "led to" is decided from dates alone, the same
 * way for every format: an assessment of the same child, of any kind, that started
 * - on or after the referral date (a referral cannot lead to an earlier assessment),
 * - before the child's next referral (after that it is the next referral's), and
 * - on or before the referral's closure date, when it has one (a closed episode leads
 *   to nothing more).
 * The assessment may start after the period ends: a referral late in the period is
 * counted as converted once its assessment is recorded, so recent figures can rise.
 */
import { inPeriod } from "./in-period.ts";
import type { PreparedCaseData } from "./prepare.ts";
import { REASONS } from "./reasons.ts";
import { earliestAfter, earliestOnOrAfter } from "./sorted.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

/**
 * Whether one of `assessmentStarts` (ascending) falls in [referral, next referral) and on
 * or before `closure` when given.
 */
export function ledToAssessment(
  referralDate: string,
  nextReferral: string | null,
  closure: string | null,
  assessmentStarts: readonly string[],
): boolean {
  const start = earliestOnOrAfter(assessmentStarts, referralDate);
  if (start === null) return false;
  if (nextReferral !== null && start >= nextReferral) return false;
  return closure === null || start <= closure;
}

export function referralsToAssessment(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally([
    ...data.invalid.referral,
    ...Object.values(data.invalid.assessment).flat(),
  ]);
  for (const r of data.referrals) {
    if (!inPeriod(r.referralDate, period)) continue;
    // The closure date bounds the window, so a closure before the referral is a data error.
    if (r.closureDate !== null && r.closureDate < r.referralDate) {
      tally.exclude(r.key, REASONS.endBeforeStart);
      continue;
    }
    const next = earliestAfter(data.referralDatesByChild.get(r.laChildId) ?? [], r.referralDate);
    const starts = data.assessmentStartsByChild.get(r.laChildId) ?? [];
    tally.add(r.key, ledToAssessment(r.referralDate, next, r.closureDate, starts));
  }
  return tally.percentResult("referrals_to_assessment");
}
