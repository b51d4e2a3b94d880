/** Looked-after children (SSDA903): stock, placement stability, review timeliness. */
import { addDays, addMonths } from "../../calendar/dates.ts";
import type { WorkingDayCalendar } from "../../calendar/working-days.ts";
import { openEpisodeAt } from "./episodes.ts";
import { childKey } from "./keys.ts";
import { lacReviewsOnTime } from "./lac-reviews.ts";
import { periodOfCareStart } from "./period-of-care.ts";
import { placementsDuring } from "./placements.ts";
import type { PreparedCaseData, PreparedEpisode } from "./prepare.ts";
import { REASONS } from "./reasons.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

/** Children looked after at t with their (ordered) episodes. */
function* lookedAfterAt(
  data: PreparedCaseData,
  t: string,
): Generator<[string, readonly PreparedEpisode[]]> {
  for (const [child, episodes] of data.episodesByChild) {
    if (openEpisodeAt(episodes, t) !== null) yield [child, episodes];
  }
}

/** `lac_at_end`: children looked after at the reporting date (an episode ending on it is out). */
export function lacAtEnd(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.lacEpisode);
  for (const [child] of lookedAfterAt(data, period.to)) tally.count(childKey(child));
  return tally.countResult("lac_at_end");
}

/**
 * `lac_3plus_placements`: of the children looked after at `to`, those with 3 or more
 * placements ongoing at some time in [addMonths(to, -12) + 1 day, to]. A placement that
 * ended exactly on the window's first day was not ongoing in it.
 */
export function lac3plusPlacements(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally(data.invalid.lacEpisode);
  const windowStart = addDays(addMonths(period.to, -12), 1);
  for (const [child, episodes] of lookedAfterAt(data, period.to)) {
    tally.add(childKey(child), placementsDuring(episodes, windowStart, period.to) >= 3);
  }
  return tally.percentResult("lac_3plus_placements");
}

/**
 * `lac_reviews_on_time`: children looked after at `to` whose current period of care began
 * at least 20 working days before `to`, on time when all reviews in that period were
 * (see lac-reviews.ts). Every review row counts whatever its code. A child whose period of
 * care cannot be traced back to an RNE = S episode is left out and reported.
 */
export function lacReviewsOnTimeIndicator(
  data: PreparedCaseData,
  period: Period,
  calendar: WorkingDayCalendar,
): IndicatorResult {
  const tally = new Tally([...data.invalid.lacEpisode, ...data.invalid.lacReview]);
  const to = period.to;
  for (const [child, episodes] of lookedAfterAt(data, to)) {
    const start = periodOfCareStart(episodes, to);
    if (start.kind === "chain_broken") {
      tally.exclude(childKey(child), REASONS.chainBroken);
      continue;
    }
    if (start.kind !== "started" || calendar.wd(start.date, to) < 20) continue;
    const reviews = (data.lacReviewDatesByChild.get(child) ?? []).filter(
      (r) => start.date <= r && r <= to,
    );
    tally.add(childKey(child), lacReviewsOnTime(start.date, reviews, to, calendar));
  }
  return tally.percentResult("lac_reviews_on_time");
}
