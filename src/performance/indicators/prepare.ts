/**
 * Turns raw CaseData into what the indicators read, once per data set:
 * - merges duplicates by natural key, the later record winning whole (spec "Merging
 *   extracts"; input order is file order), so overlapping extracts never count twice;
 * - quarantines records carrying a date that is not a real YYYY-MM-DD (they are reported
 *   as exclusions by every indicator reading that record type, rather than crashing);
 * - indexes by child and sorts, so each indicator is a single pass.
 * Everything downstream may compare dates as strings: valid ISO dates sort as text.
 */
import { isIsoDate } from "../../calendar/dates.ts";
import type {
  AssessmentKind,
  AssessmentRecord,
  CareLeaverRecord,
  CpPlanRecord,
  HealthCheckRecord,
  LacEpisodeRecord,
  ReferralRecord,
  Section47Record,
  VisitKind,
} from "../../cases/model.ts";
import {
  assessmentKey,
  careLeaverKey,
  childKey,
  cpPlanKey,
  healthCheckKey,
  lacEpisodeKey,
  lacReviewKey,
  referralKey,
  section47Key,
  visitKey,
} from "./keys.ts";
import { groupBy, type Keyed, mapValues, mergeByKey, quarantine } from "./merge.ts";
import { REASONS } from "./reasons.ts";
import { uniqueSorted } from "./sorted.ts";
import type { CaseData, Exclusion, PopulationEstimate } from "./types.ts";

export type { Keyed };

export interface PreparedCpPlan extends Keyed<CpPlanRecord> {
  /** de-duplicated and sorted, whatever the input held */
  readonly reviewDates: string[];
}

export interface PreparedEpisode extends Keyed<LacEpisodeRecord> {
  /** RNE trimmed and upper-cased; "" when missing */
  readonly rneCode: string;
  /** legal status V3/V4: one of an agreed series of short breaks (respite), not full care */
  readonly shortBreak: boolean;
}

export interface PreparedCaseData {
  readonly prepared: true;
  readonly referrals: readonly Keyed<ReferralRecord>[];
  /** every referral date of each child, ascending */
  readonly referralDatesByChild: ReadonlyMap<string, readonly string[]>;
  readonly assessments: readonly Keyed<AssessmentRecord>[];
  /** every assessment start date (any kind) of each child, ascending */
  readonly assessmentStartsByChild: ReadonlyMap<string, readonly string[]>;
  readonly section47s: readonly Keyed<Section47Record>[];
  readonly cpPlans: readonly PreparedCpPlan[];
  /** each child's earliest plan start */
  readonly firstPlanStartByChild: ReadonlyMap<string, string>;
  /** each child's episodes ordered by DECOM */
  readonly episodesByChild: ReadonlyMap<string, readonly PreparedEpisode[]>;
  /** the same without short-break episodes, for the DfE cohorts that leave respite out */
  readonly careEpisodesByChild: ReadonlyMap<string, readonly PreparedEpisode[]>;
  /** each child's looked-after review dates, de-duplicated and ascending */
  readonly lacReviewDatesByChild: ReadonlyMap<string, readonly string[]>;
  /** each child's valid date of birth */
  readonly dateOfBirthByChild: ReadonlyMap<string, string>;
  /** children whose date of birth is not a real date (reported where age matters) */
  readonly invalidDateOfBirth: ReadonlySet<string>;
  /**
   * Per visit kind, each child's dates of visits that count: every visit except one
   * recorded as "child not seen". Unique and ascending.
   */
  readonly visitDatesByChild: Readonly<Record<VisitKind, ReadonlyMap<string, readonly string[]>>>;
  /** OC2 rows by child, then collection year */
  readonly healthChecksByChild: ReadonlyMap<string, ReadonlyMap<number, Keyed<HealthCheckRecord>>>;
  readonly careLeavers: readonly Keyed<CareLeaverRecord>[];
  /** estimates with a whole-number year, ascending by year, one per year (later input wins) */
  readonly population: readonly PopulationEstimate[];
  /** quarantined records (invalid dates), by what they would have fed */
  readonly invalid: {
    readonly referral: readonly Exclusion[];
    readonly assessment: Readonly<Record<AssessmentKind, readonly Exclusion[]>>;
    readonly section47: readonly Exclusion[];
    readonly cpPlan: readonly Exclusion[];
    readonly lacEpisode: readonly Exclusion[];
    readonly lacReview: readonly Exclusion[];
    readonly visit: Readonly<Record<VisitKind, readonly Exclusion[]>>;
    /** OC2 rows without a collection year */
    readonly healthCheck: readonly Exclusion[];
  };
}

export function isPrepared(data: CaseData | PreparedCaseData): data is PreparedCaseData {
  return (data as PreparedCaseData).prepared === true;
}

const SHORT_BREAK_STATUSES = new Set(["V3", "V4"]);
const VISIT_KINDS: readonly VisitKind[] = ["cp", "cin", "lac"];

function prepareVisits(data: CaseData) {
  const visits = quarantine(mergeByKey(data.visits ?? [], visitKey), (v) => [v.visitDate]);
  const dates = {} as Record<VisitKind, ReadonlyMap<string, readonly string[]>>;
  const invalid = {} as Record<VisitKind, Exclusion[]>;
  for (const kind of VISIT_KINDS) {
    // Only an explicit "not seen" disqualifies a visit: the record itself shows it happened.
    const counting = visits.valid.filter((v) => v.kind === kind && v.childSeen !== false);
    dates[kind] = mapValues(
      groupBy(counting, (v) => v.laChildId),
      (list) => uniqueSorted(list.map((v) => v.visitDate)),
    );
    invalid[kind] = visits.invalid.filter((x) => x.key.endsWith(`:${kind}`));
  }
  return { dates, invalid };
}

function prepareHealthChecks(data: CaseData) {
  const byChild = new Map<string, Map<number, Keyed<HealthCheckRecord>>>();
  const invalid: Exclusion[] = [];
  for (const h of mergeByKey(data.healthChecks ?? [], healthCheckKey)) {
    if (h.collectionYear === null || !Number.isInteger(h.collectionYear)) {
      invalid.push({ key: h.key, reason: REASONS.missingCollectionYear });
      continue;
    }
    const years = byChild.get(h.laChildId) ?? new Map<number, Keyed<HealthCheckRecord>>();
    years.set(h.collectionYear, h);
    byChild.set(h.laChildId, years);
  }
  return { byChild, invalid };
}

function prepareChildren(data: CaseData) {
  const dateOfBirthByChild = new Map<string, string>();
  const invalidDateOfBirth = new Set<string>();
  for (const c of mergeByKey(data.children, (c) => childKey(c.laChildId))) {
    if (c.dateOfBirth === null) continue;
    if (isIsoDate(c.dateOfBirth)) dateOfBirthByChild.set(c.laChildId, c.dateOfBirth);
    else invalidDateOfBirth.add(c.laChildId);
  }
  return { dateOfBirthByChild, invalidDateOfBirth };
}

function preparePopulation(data: CaseData): PopulationEstimate[] {
  const byYear = new Map<number, PopulationEstimate>();
  for (const p of data.population ?? []) {
    if (Number.isInteger(p.year)) byYear.set(p.year, p);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

export function prepareCaseData(data: CaseData): PreparedCaseData {
  const referrals = quarantine(mergeByKey(data.referrals, referralKey), (r) => [
    r.referralDate,
    r.closureDate,
  ]);

  const assessments = quarantine(mergeByKey(data.assessments, assessmentKey), (a) => [
    a.startDate,
    a.completionDate,
    a.referralDate,
  ]);
  const invalidAssessment: Record<AssessmentKind, Exclusion[]> = {
    single: [],
    initial: [],
    core: [],
  };
  for (const x of assessments.invalid) {
    const kind = x.key.slice(x.key.lastIndexOf(":") + 1) as AssessmentKind;
    invalidAssessment[kind]?.push(x);
  }

  const section47s = quarantine(mergeByKey(data.section47s, section47Key), (s) => [
    s.startDate,
    s.icpcDate,
  ]);

  const plans = quarantine(
    mergeByKey(data.cpPlans, cpPlanKey).map(
      (p): PreparedCpPlan => ({ ...p, reviewDates: uniqueSorted(p.reviewDates) }),
    ),
    (p) => [p.startDate, p.endDate, ...p.reviewDates],
  );
  const firstPlanStartByChild = new Map<string, string>();
  for (const p of plans.valid) {
    const first = firstPlanStartByChild.get(p.laChildId);
    if (first === undefined || p.startDate < first) {
      firstPlanStartByChild.set(p.laChildId, p.startDate);
    }
  }

  // Episodes with the same (CHILD, DECOM) are one episode; the later row wins.
  const episodes = quarantine(
    mergeByKey(data.lacEpisodes, lacEpisodeKey).map(
      (e): PreparedEpisode => ({
        ...e,
        rneCode: (e.rne ?? "").trim().toUpperCase(),
        shortBreak: SHORT_BREAK_STATUSES.has((e.legalStatus ?? "").trim().toUpperCase()),
      }),
    ),
    (e) => [e.decom, e.dec],
  );
  const episodesByChild = mapValues(
    groupBy(episodes.valid, (e) => e.laChildId),
    (list) => list.sort((a, b) => (a.decom < b.decom ? -1 : 1)),
  );
  const careEpisodesByChild = new Map<string, PreparedEpisode[]>();
  for (const [child, list] of episodesByChild) {
    const care = list.filter((e) => !e.shortBreak);
    if (care.length > 0) careEpisodesByChild.set(child, care);
  }

  const reviews = quarantine(mergeByKey(data.lacReviews, lacReviewKey), (r) => [r.reviewDate]);
  const lacReviewDatesByChild = mapValues(
    groupBy(reviews.valid, (r) => r.laChildId),
    (list) => uniqueSorted(list.map((r) => r.reviewDate)),
  );

  const visits = prepareVisits(data);
  const healthChecks = prepareHealthChecks(data);

  return {
    prepared: true,
    referrals: referrals.valid,
    referralDatesByChild: mapValues(
      groupBy(referrals.valid, (r) => r.laChildId),
      (list) => uniqueSorted(list.map((r) => r.referralDate)),
    ),
    assessments: assessments.valid,
    assessmentStartsByChild: mapValues(
      groupBy(assessments.valid, (a) => a.laChildId),
      (list) => uniqueSorted(list.map((a) => a.startDate)),
    ),
    section47s: section47s.valid,
    cpPlans: plans.valid,
    firstPlanStartByChild,
    episodesByChild,
    careEpisodesByChild,
    lacReviewDatesByChild,
    ...prepareChildren(data),
    visitDatesByChild: visits.dates,
    healthChecksByChild: healthChecks.byChild,
    careLeavers: mergeByKey(data.careLeavers ?? [], careLeaverKey),
    population: preparePopulation(data),
    invalid: {
      referral: referrals.invalid,
      assessment: invalidAssessment,
      section47: section47s.invalid,
      cpPlan: plans.invalid,
      lacEpisode: episodes.invalid,
      lacReview: reviews.invalid,
      visit: visits.invalid,
      healthCheck: healthChecks.invalid,
    },
  };
}
