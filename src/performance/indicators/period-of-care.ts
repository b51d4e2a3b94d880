/** The start of a child's current period of care. */
import { episodeOpenAt } from "./episodes.ts";
import type { PreparedEpisode } from "./prepare.ts";

export type PeriodOfCareStart =
  | { kind: "started"; date: string }
  | { kind: "not_looked_after" }
  | { kind: "chain_broken" };

/**
 * From the latest-starting episode open at `to`, walk back through episodes ending on the
 * day the next one starts until one with RNE = S; its DECOM starts the period of care.
 * If no episode ends on the day the current one starts before an S is reached, the chain
 * is broken (missing history) and the start cannot be known.
 */
export function periodOfCareStart(
  episodes: readonly PreparedEpisode[],
  to: string,
): PeriodOfCareStart {
  let index = -1;
  for (let i = episodes.length - 1; i >= 0; i--) {
    if (episodeOpenAt(episodes[i] as PreparedEpisode, to)) {
      index = i;
      break;
    }
  }
  if (index < 0) return { kind: "not_looked_after" };

  let current = episodes[index] as PreparedEpisode;
  while (current.rneCode !== "S") {
    // Only strictly earlier-starting episodes can precede it, so the walk always ends;
    // scanning down from `index` finds the latest-starting predecessor first.
    let previous = -1;
    for (let i = index - 1; i >= 0; i--) {
      if ((episodes[i] as PreparedEpisode).dec === current.decom) {
        previous = i;
        break;
      }
    }
    if (previous < 0) return { kind: "chain_broken" };
    index = previous;
    current = episodes[index] as PreparedEpisode;
  }
  return { kind: "started", date: current.decom };
}
