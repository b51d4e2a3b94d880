/**
 * `lac_long_term_stability` (the former NI 63): of the children looked after at the
 * reporting date who are under 16 and have been looked after for 2.5 years or more, the
 * share who have been in the same placement for 2 years or more, or who are placed for
 * adoption and whose adoptive placement and the placement before it together have lasted
 * 2 years or more (so a move into adoption does not count against stability).
 * Placements are as in the spec (placements.ts): every episode whose RNE is not L starts
 * one. Short breaks (V3/V4) are left out, as DfE leaves them out of its cohorts.
 */
import { addMonths } from "../../calendar/dates.ts";
import { continuousCareSince, openEpisodeIndex } from "./care-spell.ts";
import { childKey } from "./keys.ts";
import { placements } from "./placements.ts";
import type { PreparedCaseData, PreparedEpisode } from "./prepare.ts";
import { REASONS } from "./reasons.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

/** SSDA903 placement codes A1-A6: placed for adoption (A1/A2 in older extracts). */
const PLACED_FOR_ADOPTION = /^A[1-6]$/;

/**
 * Whether the placement in progress at `to` began on or before `cutoff`, or is an
 * adoption placement that follows on from one that did.
 */
export function stableSince(
  episodes: readonly PreparedEpisode[],
  to: string,
  cutoff: string,
): boolean {
  const open = episodes[openEpisodeIndex(episodes, to)];
  if (open === undefined) return false;
  const groups = placements(episodes);
  const index = groups.findIndex((g) => g.includes(open));
  const current = groups[index] as PreparedEpisode[];
  const start = (current[0] as PreparedEpisode).decom;
  if (start <= cutoff) return true;
  const code = (open.placement ?? "").trim().toUpperCase();
  const previous = groups[index - 1];
  if (!PLACED_FOR_ADOPTION.test(code) || previous === undefined) return false;
  // "Together" means the adoptive placement follows on from it without a gap.
  const last = previous.at(-1) as PreparedEpisode;
  const joined = last.dec === null || last.dec >= start;
  return joined && (previous[0] as PreparedEpisode).decom <= cutoff;
}

export function lacLongTermStability(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.lacEpisode);
  const to = period.to;
  const careCutoff = addMonths(to, -30);
  const placementCutoff = addMonths(to, -24);
  for (const [child, episodes] of data.careEpisodesByChild) {
    const since = continuousCareSince(episodes, to);
    if (since === null || since > careCutoff) continue;
    const dob = data.dateOfBirthByChild.get(child);
    if (dob === undefined) {
      const reason = data.invalidDateOfBirth.has(child)
        ? REASONS.invalidDate
        : REASONS.missingDateOfBirth;
      tally.exclude(childKey(child), reason);
      continue;
    }
    // Under 16 on the reporting date: the 16th birthday is still to come.
    if (addMonths(dob, 16 * 12) <= to) continue;
    tally.add(childKey(child), stableSince(episodes, to, placementCutoff));
  }
  return tally.percentResult("lac_long_term_stability");
}
