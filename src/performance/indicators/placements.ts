/**
 * Placements from episodes: every episode whose RNE is not L starts a new placement
 * (including U and B, which change placement and legal status together); an L episode
 * (legal status change only) continues the placement in progress.
 */
import { episodeOpenDuring } from "./episodes.ts";
import type { PreparedEpisode } from "./prepare.ts";

/** Groups a child's episodes (ordered by DECOM) into placements. */
export function placements(episodes: readonly PreparedEpisode[]): PreparedEpisode[][] {
  const groups: PreparedEpisode[][] = [];
  for (const e of episodes) {
    const current = groups.at(-1);
    // An L episode with nothing before it has no placement to continue: it starts one.
    if (e.rneCode === "L" && current !== undefined) current.push(e);
    else groups.push([e]);
  }
  return groups;
}

/** Placements with an episode open at any time in [from, to]. */
export function placementsDuring(
  episodes: readonly PreparedEpisode[],
  from: string,
  to: string,
): number {
  return placements(episodes).filter((p) => p.some((e) => episodeOpenDuring(e, from, to))).length;
}
