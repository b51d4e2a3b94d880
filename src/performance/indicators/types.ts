/** Shapes shared by the indicator engine: its input (canonical records) and its output. */
import type { Period } from "../../calendar/periods.ts";
import type {
  AssessmentRecord,
  CareLeaverRecord,
  ChildRecord,
  CpPlanRecord,
  HealthCheckRecord,
  LacEpisodeRecord,
  LacReviewRecord,
  ReferralRecord,
  Section47Record,
  VisitRecord,
} from "../../cases/model.ts";

export type { Period };

/**
 * A mid-year estimate of the council's resident children aged 0 to 17 (ONS). It is an
 * input, not a case record: no extract carries it.
 */
export interface PopulationEstimate {
  /** the year of the mid-year (30 June) estimate */
  year: number;
  children: number;
}

/**
 * Every record the indicators read, as arrays in file order (later files later). The
 * fields added after spec v1 are optional so that older callers still compile; missing
 * means "none loaded", and the indicators that need them report no data.
 */
export interface CaseData {
  children: readonly ChildRecord[];
  referrals: readonly ReferralRecord[];
  assessments: readonly AssessmentRecord[];
  section47s: readonly Section47Record[];
  cpPlans: readonly CpPlanRecord[];
  lacEpisodes: readonly LacEpisodeRecord[];
  lacReviews: readonly LacReviewRecord[];
  visits?: readonly VisitRecord[];
  healthChecks?: readonly HealthCheckRecord[];
  careLeavers?: readonly CareLeaverRecord[];
  population?: readonly PopulationEstimate[];
}

/** A record (or child) left out of an indicator, and why: the data-quality report. */
export interface Exclusion {
  key: string;
  reason: string;
}

export interface IndicatorResult {
  id: string;
  numerator: number;
  /** null for counts */
  denominator: number | null;
  /** the percentage to one decimal, the count itself, or null when the denominator is 0 */
  value: number | null;
  /** keys of the records/children behind the numerator (see keys.ts), for drill-down */
  numeratorKeys: string[];
  /** keys behind the denominator; empty for counts */
  denominatorKeys: string[];
  excluded: Exclusion[];
  /**
   * The numerator split by a category (e.g. referral source), for indicators that define
   * one; the parts add up to the numerator.
   */
  breakdown?: Record<string, number>;
}
