/**
 * `referral_rate_10k`: referrals in the period per 10,000 children aged 0-17, so councils
 * of different sizes (and one council as its population changes) can be compared. The
 * population is an input (ONS mid-year estimates), not a case record.
 */
import { inPeriod } from "./in-period.ts";
import { ratioValue } from "./percent.ts";
import type { PreparedCaseData } from "./prepare.ts";
import { REASONS } from "./reasons.ts";
import type { Exclusion, IndicatorResult, Period, PopulationEstimate } from "./types.ts";

export const RATE_PER = 10_000;

/**
 * The estimate for the year containing `to`, or else the latest earlier one: the
 * estimate a council would have had when reporting. Null when there is none.
 */
export function estimateFor(
  population: readonly PopulationEstimate[],
  to: string,
): PopulationEstimate | null {
  const year = Number(to.slice(0, 4));
  let chosen: PopulationEstimate | null = null;
  for (const p of population) if (p.year <= year) chosen = p;
  return chosen;
}

const usable = (p: PopulationEstimate | null): p is PopulationEstimate =>
  p !== null && Number.isSafeInteger(p.children) && p.children > 0;

/**
 * Numerator: referrals dated in the period (as `referrals`). Denominator: the estimate.
 * Without a usable estimate, or with one smaller than the count (it cannot be right), the
 * figure is 0 of 0, "no data", and every referral in the period is reported as left out:
 * a rate must never be shown against a made-up population, and the numerator must never
 * exceed the denominator.
 */
export function referralRate10k(data: PreparedCaseData, period: Period): IndicatorResult {
  const keys = data.referrals.filter((r) => inPeriod(r.referralDate, period)).map((r) => r.key);
  const estimate = estimateFor(data.population, period.to);
  const children = usable(estimate) ? estimate.children : null;
  const excluded: Exclusion[] = [...data.invalid.referral];
  if (children === null || keys.length > children) {
    const reason = children === null ? REASONS.noPopulation : REASONS.populationTooSmall;
    for (const key of keys) excluded.push({ key, reason });
    return {
      id: "referral_rate_10k",
      numerator: 0,
      denominator: 0,
      value: null,
      numeratorKeys: [],
      denominatorKeys: [],
      excluded,
    };
  }
  return {
    id: "referral_rate_10k",
    numerator: keys.length,
    denominator: children,
    value: ratioValue(keys.length, children, RATE_PER),
    numeratorKeys: keys,
    // The denominator is a population, not records: there is nothing to drill into.
    denominatorKeys: [],
    excluded,
  };
}
