/** `cin_open_at_end`: distinct children with a referral (CIN episode) open at the reporting date. */
import { childKey } from "./keys.ts";
import type { PreparedCaseData } from "./prepare.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

export function cinOpenAtEnd(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.referral);
  const to = period.to;
  const counted = new Set<string>();
  for (const r of data.referrals) {
    const open = r.referralDate <= to && (r.closureDate === null || r.closureDate > to);
    // No exception for a recorded date of death: the spec counts every open episode.
    if (open && !counted.has(r.laChildId)) {
      counted.add(r.laChildId);
      tally.count(childKey(r.laChildId));
    }
  }
  return tally.countResult("cin_open_at_end");
}
