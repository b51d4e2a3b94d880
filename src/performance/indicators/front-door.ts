/** Front door: referrals, re-referrals within 12 months, referrals with no further action. */
import { addMonths } from "../../calendar/dates.ts";
import { inPeriod } from "./in-period.ts";
import type { PreparedCaseData } from "./prepare.ts";
import { REASONS } from "./reasons.ts";
import { latestBefore } from "./sorted.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

export const SOURCE_NOT_RECORDED = "Not recorded";

/** A referral's source as the breakdown shows it: as supplied, trimmed; blank is "Not recorded". */
export function sourceLabel(source: string | null): string {
  const trimmed = (source ?? "").trim();
  return trimmed === "" ? SOURCE_NOT_RECORDED : trimmed;
}

/** Counts by label, sorted by label with "Not recorded" last (a stable order for tables). */
function sortedCounts(labels: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const order = [...counts.keys()].sort((a, b) =>
    a === SOURCE_NOT_RECORDED ? 1 : b === SOURCE_NOT_RECORDED ? -1 : a.localeCompare(b, "en-GB"),
  );
  return Object.fromEntries(order.map((label) => [label, counts.get(label) as number]));
}

/**
 * `referrals`: referrals with referral date in the period, broken down by source. The
 * breakdown adds nothing to the count the spec fixes; it splits the same referrals.
 */
export function referrals(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.referral);
  const sources: string[] = [];
  for (const r of data.referrals) {
    if (!inPeriod(r.referralDate, period)) continue;
    tally.count(r.key);
    sources.push(sourceLabel(r.source));
  }
  return { ...tally.countResult("referrals"), breakdown: sortedCounts(sources) };
}

/**
 * `re_referrals_12m`: a referral on date d is a re-referral when the same child has
 * another referral p with addMonths(d, -12) <= p < d. Any referral of the child counts,
 * in the period or not, open or closed; referral dates per child are unique after the
 * merge, so the latest one before d decides.
 */
export function reReferrals12m(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.referral);
  for (const r of data.referrals) {
    if (!inPeriod(r.referralDate, period)) continue;
    const dates = data.referralDatesByChild.get(r.laChildId) ?? [];
    const previous = latestBefore(dates, r.referralDate);
    tally.add(r.key, previous !== null && previous >= addMonths(r.referralDate, -12));
  }
  return tally.percentResult("re_referrals_12m");
}

/**
 * `referrals_nfa`: referrals in the period marked no further action. A referral whose
 * flag is missing or unrecognised (null after import) is left out of this indicator only.
 */
export function referralsNfa(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.referral);
  for (const r of data.referrals) {
    if (!inPeriod(r.referralDate, period)) continue;
    if (r.nfa === null) tally.exclude(r.key, REASONS.missingNfa);
    else tally.add(r.key, r.nfa);
  }
  return tally.percentResult("referrals_nfa");
}
