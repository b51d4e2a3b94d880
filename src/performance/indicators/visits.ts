/**
 * Statutory visit timeliness on the reporting date: is any child overdue a visit?
 * Each child is on time when the last thing that started their visiting clock (the last
 * visit that counts, or the start of the plan or of care if that is later) is recent
 * enough. Counting from the start as well means a child who became subject to a plan or
 * came into care a few days ago is not shown as overdue for a visit not yet due.
 * A visit counts unless it is recorded as "child not seen" (see prepare.ts).
 */
import { daysBetween } from "../../calendar/dates.ts";
import type { WorkingDayCalendar } from "../../calendar/working-days.ts";
import { continuousCareSince } from "./care-spell.ts";
import { planOpenAt } from "./child-protection.ts";
import { childKey } from "./keys.ts";
import type { PreparedCaseData } from "./prepare.ts";
import { latestOnOrBefore } from "./sorted.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

/** The later of the clock's start and the last counting visit on or before `to`. */
export function lastClockStart(start: string, visitDates: readonly string[], to: string): string {
  const visit = latestOnOrBefore(visitDates, to);
  return visit !== null && visit > start ? visit : start;
}

/**
 * `cp_visits_10wd`: children on a child protection plan at `to` (distinct children; with
 * overlapping open plans, the earliest start) on time when wd(clock start, to) <= 10.
 */
export function cpVisits10wd(
  data: PreparedCaseData,
  period: Period,
  calendar: WorkingDayCalendar,
): IndicatorResult {
  const tally = new Tally([...data.invalid.cpPlan, ...data.invalid.visit.cp]);
  const to = period.to;
  const planStart = new Map<string, string>();
  for (const p of data.cpPlans) {
    if (!planOpenAt(p, to)) continue;
    const known = planStart.get(p.laChildId);
    if (known === undefined || p.startDate < known) planStart.set(p.laChildId, p.startDate);
  }
  for (const [child, start] of planStart) {
    const visits = data.visitDatesByChild.cp.get(child) ?? [];
    tally.add(childKey(child), calendar.wd(lastClockStart(start, visits, to), to) <= 10);
  }
  return tally.percentResult("cp_visits_10wd");
}

/**
 * `lac_visits_6w`: children looked after at `to` (short breaks aside) on time when at
 * most 42 calendar days have passed since the clock start (the start of their unbroken
 * care, or the last counting looked-after visit).
 */
export function lacVisits6w(data: PreparedCaseData, period: Period): IndicatorResult {
  const tally = new Tally([...data.invalid.lacEpisode, ...data.invalid.visit.lac]);
  const to = period.to;
  for (const [child, episodes] of data.careEpisodesByChild) {
    const since = continuousCareSince(episodes, to);
    if (since === null) continue;
    const visits = data.visitDatesByChild.lac.get(child) ?? [];
    tally.add(childKey(child), daysBetween(lastClockStart(since, visits, to), to) <= 42);
  }
  return tally.percentResult("lac_visits_6w");
}
