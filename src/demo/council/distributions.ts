/**
 * The shape of the fictional council: code distributions and how practice changes over
 * time. The timeline follows the committee report and the Improvement Notice in
 * ../shared/seeds: an inadequate inspection in August 2011, a peripatetic agency pod in
 * Referral and Assessment from 18 January 2012, the notice in February 2012 with its
 * Working Together 2010 timescales, and recovery through 2012-13. Proportions are
 * typical of English councils of the period (DfE children in need statistics), not the
 * modelled council's own figures.
 */
import { type Day, day } from "./days.ts";
import type { Rng } from "./sampling.ts";
import { Weighted } from "./sampling.ts";

export const POD_START = day("2012-01-18");
export const NOTICE_DATE = day("2012-02-21");
/** The establishment was rebased at 81 social workers at the notice (committee report). */
export const REBASE_DATE = day("2012-03-01");

/**
 * Practice quality, 0 (worst) to 1: drives timeliness, visits, reviews, re-referrals and
 * thresholds. Mediocre in 2009, sliding through the unannounced inspection (March 2011)
 * to the inadequate judgement (August 2011) and the backlog of winter 2011-12, then a
 * step when the pod starts and a climb after the notice.
 */
const KNOTS: readonly (readonly [Day, number])[] = [
  [day("2009-04-01"), 0.35],
  [day("2010-03-31"), 0.3],
  [day("2011-03-01"), 0.18],
  [day("2011-08-31"), 0.05],
  [day("2012-01-17"), 0],
  [POD_START, 0.2],
  [NOTICE_DATE, 0.35],
  [day("2012-07-31"), 0.8],
  [day("2013-03-31"), 0.92],
  [day("2014-03-31"), 0.95],
];

function interpolate(d: Day): number {
  const first = KNOTS[0] as readonly [Day, number];
  if (d <= first[0]) return first[1];
  for (let i = 1; i < KNOTS.length; i++) {
    const [x1, y1] = KNOTS[i] as readonly [Day, number];
    if (d <= x1) {
      const [x0, y0] = KNOTS[i - 1] as readonly [Day, number];
      return y0 + ((y1 - y0) * (d - x0)) / (x1 - x0);
    }
  }
  return (KNOTS[KNOTS.length - 1] as readonly [Day, number])[1];
}

const FIRST_KNOT = (KNOTS[0] as readonly [Day, number])[0];
const LAST_KNOT = (KNOTS[KNOTS.length - 1] as readonly [Day, number])[0];
/** Looked up millions of times: one value per day between the first and last knots. */
const BY_DAY = Float64Array.from({ length: LAST_KNOT - FIRST_KNOT + 1 }, (_, i) =>
  interpolate(FIRST_KNOT + i),
);

export function practice(d: Day): number {
  if (d <= FIRST_KNOT) return BY_DAY[0] as number;
  if (d >= LAST_KNOT) return BY_DAY[BY_DAY.length - 1] as number;
  return BY_DAY[d - FIRST_KNOT] as number;
}

/** Linear blend from the worst practice (p = 0) to the best (p = 1). */
export function blend(p: number, worst: number, best: number): number {
  return worst + (best - worst) * p;
}

/** CIN census referral sources: police first, then schools, health, LA services... */
export const REFERRAL_SOURCES = new Weighted<string>([
  ["6", 27],
  ["2A", 14],
  ["2B", 2],
  ["3A", 3],
  ["3B", 3.5],
  ["3C", 1],
  ["3D", 2],
  ["3E", 3],
  ["3F", 2.5],
  ["5A", 7],
  ["5B", 5.5],
  ["5C", 2.5],
  ["1A", 5],
  ["1B", 1.5],
  ["1C", 1.5],
  ["1D", 1],
  ["4", 2],
  ["7", 5],
  ["8", 6],
  ["9", 2],
  ["10", 2],
]);

/** Primary need at assessment: abuse or neglect (N1) is by far the commonest. */
export const PRIMARY_NEEDS = new Weighted<string>([
  ["N1", 50],
  ["N2", 7],
  ["N3", 4],
  ["N4", 10],
  ["N5", 16],
  ["N6", 4],
  ["N7", 1],
  ["N8", 4],
  ["N9", 2],
  ["N0", 2],
]);

/** A referral closed with no further action rarely has a need assessed. */
export const NFA_NEEDS = new Weighted<string>([
  ["N0", 25],
  ["N9", 20],
  ["N1", 20],
  ["N4", 15],
  ["N5", 15],
  ["N6", 5],
]);

/** An eastern English city: White British majority, Pakistani and eastern European communities. */
export const ETHNICITIES = new Weighted<string>([
  ["WBRI", 69],
  ["WOTH", 9],
  ["APKN", 6],
  ["WROM", 2],
  ["WIRT", 0.4],
  ["WIRI", 0.4],
  ["MWBC", 2.2],
  ["MWAS", 1.5],
  ["MWBA", 0.8],
  ["MOTH", 2],
  ["AIND", 1],
  ["ABAN", 0.5],
  ["AOTH", 1],
  ["BAFR", 1.5],
  ["BCRB", 0.5],
  ["BOTH", 0.4],
  ["CHNE", 0.3],
  ["OOTH", 1],
  ["REFU", 0.3],
  ["NOBT", 0.7],
]);

/** Age at first contact: young children and teenagers dominate. */
export function drawContactAgeDays(rng: Rng): number {
  const band = rng.next();
  const year = 365.25;
  if (band < 0.03) return -rng.int(20, 150); // pre-birth concern: born later
  if (band < 0.2) return rng.int(0, Math.floor(year) - 1);
  if (band < 0.38) return rng.int(Math.floor(year), Math.floor(5 * year));
  if (band < 0.62) return rng.int(Math.floor(5 * year), Math.floor(10 * year));
  if (band < 0.92) return rng.int(Math.floor(10 * year), Math.floor(16 * year));
  return rng.int(Math.floor(16 * year), Math.floor(17.8 * year));
}

/** Age on entering care (SSDA903 starters): babies and early teens most often. */
export function drawCareEntryAgeDays(rng: Rng): number {
  const band = rng.next();
  const year = 365.25;
  if (band < 0.2) return rng.int(0, Math.floor(year) - 1);
  if (band < 0.38) return rng.int(Math.floor(year), Math.floor(5 * year));
  if (band < 0.58) return rng.int(Math.floor(5 * year), Math.floor(10 * year));
  if (band < 0.93) return rng.int(Math.floor(10 * year), Math.floor(16 * year));
  return rng.int(Math.floor(16 * year), Math.floor(17.5 * year));
}

export const CP_CATEGORIES = new Weighted<string>([
  ["NEG", 44],
  ["EMO", 29],
  ["PHY", 11],
  ["SAB", 5],
  ["MUL", 11],
]);

/** Organisations leading early help assessments (CAF), by the child's age. */
export function drawEarlyHelpOrganisation(rng: Rng, ageYears: number): string {
  if (ageYears < 5) {
    return rng.pick(["Health visiting", "Children's centre", "Children's centre", "Nursery"]);
  }
  if (ageYears < 11) {
    return rng.pick(["Primary school", "Primary school", "School nurse", "Family support service"]);
  }
  return rng.pick([
    "Secondary school",
    "Secondary school",
    "Youth service",
    "Youth offending service",
    "Connexions",
    "Family intervention project",
  ]);
}

export const CONTACT_OUTCOMES_NO_REFERRAL = [
  "No further action",
  "Information and advice",
] as const;

/** Participation in looked-after reviews (PN1-PN7); PN0 is for children under 4. */
export const REVIEW_PARTICIPATION = new Weighted<string>([
  ["PN1", 45],
  ["PN2", 8],
  ["PN3", 6],
  ["PN4", 5],
  ["PN5", 14],
  ["PN6", 16],
  ["PN7", 6],
]);

/** SSDA903 category of need on entering care. */
export const CARE_NEEDS = new Weighted<string>([
  ["N1", 62],
  ["N2", 3],
  ["N3", 4],
  ["N4", 8],
  ["N5", 15],
  ["N6", 2],
  ["N7", 1],
  ["N8", 5],
]);

/** Postcode districts: the city's own and the counties round it for placements further away. */
export const HOME_DISTRICTS = ["PE1", "PE2", "PE3", "PE4", "PE6", "PE7"] as const;
export const AWAY_DISTRICTS = [
  "NN8",
  "NN17",
  "CB6",
  "LE15",
  "NG31",
  "LN11",
  "SG19",
  "MK42",
] as const;

const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

export function drawPostcode(rng: Rng, district: string): string {
  const a = INWARD_LETTERS[rng.int(0, INWARD_LETTERS.length - 1)] ?? "A";
  const b = INWARD_LETTERS[rng.int(0, INWARD_LETTERS.length - 1)] ?? "B";
  return `${district} ${rng.int(1, 9)}${a}${b}`;
}
