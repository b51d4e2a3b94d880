/** Questions about one child's SSDA903 episodes (already merged and ordered by DECOM). */
import type { PreparedEpisode } from "./prepare.ts";

/** An episode is open at t when DECOM <= t and (DEC empty or DEC > t): leaving on t is out. */
export function episodeOpenAt(e: PreparedEpisode, t: string): boolean {
  return e.decom <= t && (e.dec === null || e.dec > t);
}

/** The latest-starting episode open at t, or null when the child is not looked after at t. */
export function openEpisodeAt(
  episodes: readonly PreparedEpisode[],
  t: string,
): PreparedEpisode | null {
  for (let i = episodes.length - 1; i >= 0; i--) {
    const e = episodes[i] as PreparedEpisode;
    if (episodeOpenAt(e, t)) return e;
  }
  return null;
}

/**
 * Open at some day t with from <= t <= to. The earliest candidate day is
 * max(DECOM, from), which must be <= to and before DEC.
 */
export function episodeOpenDuring(e: PreparedEpisode, from: string, to: string): boolean {
  const first = e.decom > from ? e.decom : from;
  return first <= to && (e.dec === null || e.dec > first);
}
