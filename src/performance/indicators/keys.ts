/**
 * Record keys for drill-down: `<record type>:<child id>:<natural key dates...>`, built from
 * the natural keys in the spec so the same record always gets the same key. Dates are the
 * fixed-width tail, so a key can be split from the right even if a child id has a colon.
 */
import type {
  AssessmentRecord,
  CareLeaverRecord,
  CpPlanRecord,
  HealthCheckRecord,
  LacEpisodeRecord,
  LacReviewRecord,
  ReferralRecord,
  Section47Record,
  VisitRecord,
} from "../../cases/model.ts";

export const childKey = (laChildId: string): string => `child:${laChildId}`;

export const referralKey = (r: ReferralRecord): string =>
  `referral:${r.laChildId}:${r.referralDate}`;

export const assessmentKey = (a: AssessmentRecord): string =>
  `assessment:${a.laChildId}:${a.startDate}:${a.kind}`;

export const section47Key = (s: Section47Record): string =>
  `section47:${s.laChildId}:${s.startDate}`;

export const cpPlanKey = (p: CpPlanRecord): string => `cp_plan:${p.laChildId}:${p.startDate}`;

export const lacEpisodeKey = (e: LacEpisodeRecord): string =>
  `lac_episode:${e.laChildId}:${e.decom}`;

export const lacReviewKey = (r: LacReviewRecord): string =>
  `lac_review:${r.laChildId}:${r.reviewDate}`;

export const visitKey = (v: VisitRecord): string => `visit:${v.laChildId}:${v.visitDate}:${v.kind}`;

/**
 * An OC2 row covers the year ending 31 March of its collection year; that date stands in
 * for the year so the key keeps the fixed-width date tail. No year: no date.
 */
export const healthCheckKey = (h: HealthCheckRecord): string =>
  h.collectionYear === null
    ? `health_check:${h.laChildId}`
    : `health_check:${h.laChildId}:${String(h.collectionYear).padStart(4, "0")}-03-31`;

/** OC3 holds one record per young person, so the child id is the whole natural key. */
export const careLeaverKey = (c: CareLeaverRecord): string => `care_leaver:${c.laChildId}`;
