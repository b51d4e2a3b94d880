/** Record builders for the indicator tests: only the fields a test cares about are given. */
import type {
  AssessmentKind,
  AssessmentRecord,
  CareLeaverRecord,
  ChildRecord,
  CpPlanRecord,
  HealthCheckRecord,
  LacEpisodeRecord,
  LacReviewRecord,
  ReferralRecord,
  Section47Record,
  VisitKind,
  VisitRecord,
} from "../../cases/model.ts";
import { computeIndicator } from "./compute.ts";
import type { IndicatorId } from "./definitions.ts";
import type { CaseData, IndicatorResult, Period } from "./types.ts";

export function caseData(partial: Partial<CaseData>): CaseData {
  return {
    children: [],
    referrals: [],
    assessments: [],
    section47s: [],
    cpPlans: [],
    lacEpisodes: [],
    lacReviews: [],
    ...partial,
  };
}

export function referral(
  laChildId: string,
  referralDate: string,
  extra: Partial<ReferralRecord> = {},
): ReferralRecord {
  return {
    laChildId,
    referralDate,
    source: null,
    nfa: false,
    primaryNeed: null,
    closureDate: null,
    closureReason: null,
    ...extra,
  };
}

export function assessment(
  laChildId: string,
  kind: AssessmentKind,
  startDate: string,
  completionDate: string | null,
  extra: Partial<AssessmentRecord> = {},
): AssessmentRecord {
  return {
    laChildId,
    kind,
    startDate,
    completionDate,
    referralDate: null,
    childSeen: null,
    factors: [],
    ...extra,
  };
}

export function s47(
  laChildId: string,
  startDate: string,
  icpcDate: string | null,
  extra: Partial<Section47Record> = {},
): Section47Record {
  return {
    laChildId,
    startDate,
    referralDate: null,
    icpcTargetDate: null,
    icpcDate,
    icpcNotRequired: null,
    ...extra,
  };
}

export function plan(
  laChildId: string,
  startDate: string,
  endDate: string | null = null,
  extra: Partial<CpPlanRecord> = {},
): CpPlanRecord {
  return {
    laChildId,
    startDate,
    endDate,
    initialCategory: null,
    latestCategory: null,
    previousPlans: 0,
    reviewDates: [],
    ...extra,
  };
}

export function episode(
  laChildId: string,
  decom: string,
  dec: string | null,
  rne: string | null,
  extra: Partial<LacEpisodeRecord> = {},
): LacEpisodeRecord {
  return {
    laChildId,
    decom,
    rne,
    legalStatus: null,
    cinCode: null,
    placement: null,
    placementProvider: null,
    dec,
    reasonEpisodeCeased: null,
    reasonPlaceChange: null,
    homePostcode: null,
    placementPostcode: null,
    urn: null,
    ...extra,
  };
}

export function lacReview(
  laChildId: string,
  reviewDate: string,
  reviewCode: string | null = "PN1",
): LacReviewRecord {
  return { laChildId, reviewDate, reviewCode };
}

export function child(laChildId: string, dateOfBirth: string | null): ChildRecord {
  return { laChildId, upn: null, dateOfBirth, sex: null, ethnicity: null, disabilities: [] };
}

export function visit(
  laChildId: string,
  kind: VisitKind,
  visitDate: string,
  childSeen: boolean | null = true,
): VisitRecord {
  return { laChildId, kind, visitDate, childSeen, seenAlone: null };
}

export function healthCheck(
  laChildId: string,
  collectionYear: number | null,
  healthCheck: boolean | null,
  dentalCheck: boolean | null,
): HealthCheckRecord {
  return { laChildId, collectionYear, healthCheck, dentalCheck, immunisations: null };
}

export function careLeaver(
  laChildId: string,
  inTouch: string | null,
  activity: string | null,
  accommodation: string | null,
): CareLeaverRecord {
  return { laChildId, inTouch, activity, accommodation };
}

export function run(
  id: IndicatorId,
  partial: Partial<CaseData>,
  from: string,
  to: string,
): IndicatorResult {
  const p: Period = { from, to };
  return computeIndicator(id, caseData(partial), p);
}

/** The figure in one line, for compact assertions. */
export function figure(r: IndicatorResult): [number, number | null, number | null] {
  return [r.numerator, r.denominator, r.value];
}
