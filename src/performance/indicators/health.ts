/**
 * Looked-after children's health and dental checks, as the SSDA903 OC2 return counts
 * them: children looked after continuously for at least 12 months at 31 March, the cohort
 * decided here from the episodes (not from which OC2 rows happen to be loaded), and
 * their OC2 flags for that year. Each year is the event, dated on its 31 March: a period
 * holds the years whose 31 March falls in it (a month series has them in March only; a
 * rolling 12 months always holds exactly one).
 */
import { addDays, addMonths } from "../../calendar/dates.ts";
import type { HealthCheckRecord } from "../../cases/model.ts";
import { continuousCareSince } from "./care-spell.ts";
import { healthCheckKey } from "./keys.ts";
import type { PreparedCaseData } from "./prepare.ts";
import { REASONS } from "./reasons.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

/** The 31 Marches in the period, as collection years (the year each one ends). */
export function yearsEndingIn(period: Period): number[] {
  const years: number[] = [];
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  for (let year = first; year <= last; year++) {
    const end = `${String(year).padStart(4, "0")}-03-31`;
    if (period.from <= end && end <= period.to) years.push(year);
  }
  return years;
}

/**
 * Children in the OC2 cohort for the year ending 31 March `year`: looked after on
 * 31 March (short breaks aside) without a gap since 1 April of the year before, i.e.
 * for the whole collection year.
 */
export function* oc2Cohort(data: PreparedCaseData, year: number): Generator<string> {
  const end = `${String(year).padStart(4, "0")}-03-31`;
  const yearStart = addDays(addMonths(end, -12), 1);
  for (const [child, episodes] of data.careEpisodesByChild) {
    const since = continuousCareSince(episodes, end);
    if (since !== null && since <= yearStart) yield child;
  }
}

type Flag = "healthCheck" | "dentalCheck";

/**
 * Denominator: cohort children with an OC2 row for the year carrying the flag.
 * A cohort child with no row, or a row without the flag, is left out and reported:
 * if the year's OC2 was never loaded the figure is "no data", not 0%.
 */
function checksUpToDate(
  id: string,
  flag: Flag,
  data: PreparedCaseData,
  period: Period,
): IndicatorResult {
  const tally = new Tally([...data.invalid.lacEpisode, ...data.invalid.healthCheck]);
  for (const year of yearsEndingIn(period)) {
    for (const child of oc2Cohort(data, year)) {
      const row = data.healthChecksByChild.get(child)?.get(year);
      const key = healthCheckKey(row ?? missingRow(child, year));
      const value = row === undefined ? undefined : row[flag];
      if (value === undefined) tally.exclude(key, REASONS.noHealthCheckRecord);
      else if (value === null) tally.exclude(key, REASONS.missingCheckFlag);
      else tally.add(key, value);
    }
  }
  return tally.percentResult(id);
}

/** Only its key fields matter: it names the row that should have been there. */
const missingRow = (laChildId: string, collectionYear: number): HealthCheckRecord => ({
  laChildId,
  collectionYear,
  healthCheck: null,
  dentalCheck: null,
  immunisations: null,
});

export const lacHealthChecks = (data: PreparedCaseData, period: Period): IndicatorResult =>
  checksUpToDate("lac_health_checks", "healthCheck", data, period);

export const lacDentalChecks = (data: PreparedCaseData, period: Period): IndicatorResult =>
  checksUpToDate("lac_dental_checks", "dentalCheck", data, period);
