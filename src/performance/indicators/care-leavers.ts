/**
 * Care leavers (SSDA903 OC3): in education, employment or training, and in suitable
 * accommodation, as the former NI 148 and NI 147 counted them. OC3 holds one record per
 * young person with no date, so the record is dated by the birthday it follows up: the
 * 19th (the 2012-era return's follow-up age). A young person counts in the period their
 * 19th birthday falls in.
 *
 * The denominator is every such care leaver, except one recorded as having died (no
 * activity or home to measure). Not being in touch, refusing contact and "information
 * not known" (code 0 or blank) stay in the denominator and out of the numerator: the
 * council's duty is to stay in touch, so losing touch must not improve the figure.
 */
import { addMonths } from "../../calendar/dates.ts";
import type { CareLeaverRecord } from "../../cases/model.ts";
import { inPeriod } from "./in-period.ts";
import type { PreparedCaseData } from "./prepare.ts";
import { REASONS } from "./reasons.ts";
import { Tally } from "./tally.ts";
import type { IndicatorResult, Period } from "./types.ts";

const code = (value: string | null): string => (value ?? "").trim().toUpperCase();

/**
 * ACTIV F1/P1 higher education, F2/P2 other education, F4/P4 training, F5/P5 employment
 * (F = full time, P = part time); F3/P3 are the older combined training-or-employment
 * codes. G4/G5/G6 (not in EET: illness or disability, other, pregnancy or parenting)
 * and 0 (not known) are not.
 */
export function inEet(activity: string | null): boolean {
  return /^[FP][1-5]$/.test(code(activity));
}

/**
 * ACCOM codes end in 1 when the accommodation is considered suitable and 2 when not
 * (B1/B2 with parents or relatives, ..., X2 in custody, which is always unsuitable);
 * 0, blank or a code without the suffix says nothing about suitability.
 */
export function suitablyAccommodated(accommodation: string | null): boolean {
  return /^[A-Z]1$/.test(code(accommodation));
}

function careLeaverShare(
  id: string,
  meets: (c: CareLeaverRecord) => boolean,
  data: PreparedCaseData,
  period: Period,
): IndicatorResult {
  const tally = new Tally();
  for (const c of data.careLeavers) {
    if (code(c.inTouch) === "DIED") continue;
    const dob = data.dateOfBirthByChild.get(c.laChildId);
    if (dob === undefined) {
      // Without a date of birth the record cannot be placed in any period.
      const invalid = data.invalidDateOfBirth.has(c.laChildId);
      tally.exclude(c.key, invalid ? REASONS.invalidDate : REASONS.missingDateOfBirth);
      continue;
    }
    if (inPeriod(addMonths(dob, 19 * 12), period)) tally.add(c.key, meets(c));
  }
  return tally.percentResult(id);
}

export const careLeaversEet = (data: PreparedCaseData, period: Period): IndicatorResult =>
  careLeaverShare("care_leavers_eet", (c) => inEet(c.activity), data, period);

export const careLeaversSuitableAccommodation = (
  data: PreparedCaseData,
  period: Period,
): IndicatorResult =>
  careLeaverShare(
    "care_leavers_suitable_accommodation",
    (c) => suitablyAccommodated(c.accommodation),
    data,
    period,
  );
