/**
 * A child's unbroken spell of care: the DfE cohorts ("looked after continuously for 12
 * months", "for 2.5 years or more") ask how long care has lasted without a gap, whatever
 * the changes of placement or legal status along the way.
 */
import { episodeOpenAt } from "./episodes.ts";
import type { PreparedEpisode } from "./prepare.ts";

/** Index of the latest-starting episode open at t, or -1. */
export function openEpisodeIndex(episodes: readonly PreparedEpisode[], t: string): number {
  for (let i = episodes.length - 1; i >= 0; i--) {
    if (episodeOpenAt(episodes[i] as PreparedEpisode, t)) return i;
  }
  return -1;
}

/**
 * The first day of the unbroken care that covers t, or null when the child is not looked
 * after at t. Walking back from the episode open at t, an earlier episode joins the spell
 * when it is still open on the spell's first day so far, or ends on it (the spec's chain
 * rule: an episode that starts on the day the previous one ended continues care). No RNE
 * = S is needed: this measures cover, not the recorded period of care.
 */
export function continuousCareSince(
  episodes: readonly PreparedEpisode[],
  t: string,
): string | null {
  const index = openEpisodeIndex(episodes, t);
  if (index < 0) return null;
  let since = (episodes[index] as PreparedEpisode).decom;
  // Episodes are ordered by DECOM, so going down only ever meets earlier starts; one that
  // does not reach `since` may still be bridged by an even earlier, longer one, so keep on.
  for (let i = index - 1; i >= 0; i--) {
    const e = episodes[i] as PreparedEpisode;
    if (e.dec === null || e.dec >= since) since = e.decom;
  }
  return since;
}
