/**
 * The canonical case model as plain records: what every importer produces and what the
 * case repository stores. Dates are ISO `YYYY-MM-DD` strings (never Date objects: a
 * calendar date has no time zone). `null` means "not recorded in the extract".
 *
 * Natural keys (see ../shared/spec/indicators.md) are noted on each type; the loader
 * merges records from overlapping extracts by these keys.
 */

export type IsoDate = string;

/** key: laChildId */
export interface ChildRecord {
  laChildId: string;
  upn: string | null;
  dateOfBirth: IsoDate | null;
  /** CIN census `Sex`/`GenderCurrent` or SSDA903 `SEX` code as supplied ("1", "2", "M", "F", "U"...). */
  sex: string | null;
  ethnicity: string | null;
  disabilities: string[];
}

/** key: (laChildId, referralDate). A CIN census `CINdetails` episode. */
export interface ReferralRecord {
  laChildId: string;
  referralDate: IsoDate;
  source: string | null;
  /** `ReferralNFA`: true/false, or null when missing or unrecognised. */
  nfa: boolean | null;
  primaryNeed: string | null;
  closureDate: IsoDate | null;
  closureReason: string | null;
}

export type AssessmentKind = "single" | "initial" | "core";

/** key: (laChildId, startDate, kind) */
export interface AssessmentRecord {
  laChildId: string;
  kind: AssessmentKind;
  startDate: IsoDate;
  /** authorisation date for single assessments, completion date for initial/core. */
  completionDate: IsoDate | null;
  /** the referral it was recorded under (initial assessments time from this date). */
  referralDate: IsoDate | null;
  childSeen: boolean | null;
  factors: string[];
}

/** key: (laChildId, startDate) */
export interface Section47Record {
  laChildId: string;
  startDate: IsoDate;
  referralDate: IsoDate | null;
  icpcTargetDate: IsoDate | null;
  /** `Section47/DateOfInitialCPC` (the one icpc_15wd uses). */
  icpcDate: IsoDate | null;
  icpcNotRequired: boolean | null;
}

/** key: (laChildId, startDate) */
export interface CpPlanRecord {
  laChildId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  initialCategory: string | null;
  latestCategory: string | null;
  /** `NumberOfPreviousCPP`; null when missing or not numeric. */
  previousPlans: number | null;
  /** review conference dates, de-duplicated and sorted. */
  reviewDates: IsoDate[];
}

/** key: (laChildId, startDate) */
export interface CinPlanRecord {
  laChildId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** key: (laChildId, decom). One row of SSDA903 episodes. */
export interface LacEpisodeRecord {
  laChildId: string;
  decom: IsoDate;
  rne: string | null;
  legalStatus: string | null;
  cinCode: string | null;
  placement: string | null;
  placementProvider: string | null;
  dec: IsoDate | null;
  reasonEpisodeCeased: string | null;
  reasonPlaceChange: string | null;
  homePostcode: string | null;
  placementPostcode: string | null;
  urn: string | null;
}

/** key: (laChildId, reviewDate). One row of SSDA903 reviews. */
export interface LacReviewRecord {
  laChildId: string;
  reviewDate: IsoDate;
  reviewCode: string | null;
}

/** key: (laChildId, startDate). SSDA903 missing episodes. */
export interface MissingEpisodeRecord {
  laChildId: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  /** "M" missing or "A" away from placement without authorisation. */
  kind: string | null;
}

/** key: laChildId. SSDA903 OC3 (care leavers). */
export interface CareLeaverRecord {
  laChildId: string;
  inTouch: string | null;
  activity: string | null;
  accommodation: string | null;
}

/** key: (laChildId, kind). SSDA903 OC2 health, dental, immunisation flags for the year. */
export interface HealthCheckRecord {
  laChildId: string;
  /** the year the OC2 row covers, taken from the extract's collection year. */
  collectionYear: number | null;
  healthCheck: boolean | null;
  dentalCheck: boolean | null;
  immunisations: boolean | null;
}

/** key: (laChildId, contactDate). A contact to the front door (Annex A list 1). */
export interface ContactRecord {
  laChildId: string;
  contactDate: IsoDate;
  source: string | null;
  /** what happened next, as supplied (e.g. "Referral", "Early help", "NFA"). */
  outcome: string | null;
}

/** key: (laChildId, startDate). An early help assessment (CAF), Annex A list 2. */
export interface EarlyHelpRecord {
  laChildId: string;
  startDate: IsoDate;
  completionDate: IsoDate | null;
  /** the agency that led it (school, health visitor, children's centre...). */
  organisation: string | null;
}

export type VisitKind = "cp" | "cin" | "lac";

/** key: (laChildId, visitDate, kind). A statutory visit. */
export interface VisitRecord {
  laChildId: string;
  kind: VisitKind;
  visitDate: IsoDate;
  childSeen: boolean | null;
  seenAlone: boolean | null;
}

/** key: staffId. A member of the children's social care workforce (CSWW census or canonical CSV). */
export interface StaffRecord {
  staffId: string;
  teamName: string | null;
  /** role as supplied, e.g. "Social worker", "Senior practitioner", "Team manager". */
  role: string | null;
  fte: number | null;
  /** true for agency (locum) workers, false for employed staff. */
  agency: boolean | null;
  qualifiedDate: IsoDate | null;
  asyeStartDate: IsoDate | null;
  startDate: IsoDate | null;
  leaveDate: IsoDate | null;
}

/** key: (laChildId, startDate, teamName). Who held the child's case, over time. */
export interface AllocationRecord {
  laChildId: string;
  teamName: string;
  staffId: string | null;
  startDate: IsoDate;
  endDate: IsoDate | null;
}

/** Everything an importer can emit, tagged by record type. */
export type CaseRecord =
  | { type: "child"; record: ChildRecord }
  | { type: "referral"; record: ReferralRecord }
  | { type: "assessment"; record: AssessmentRecord }
  | { type: "section47"; record: Section47Record }
  | { type: "cp_plan"; record: CpPlanRecord }
  | { type: "cin_plan"; record: CinPlanRecord }
  | { type: "lac_episode"; record: LacEpisodeRecord }
  | { type: "lac_review"; record: LacReviewRecord }
  | { type: "missing_episode"; record: MissingEpisodeRecord }
  | { type: "care_leaver"; record: CareLeaverRecord }
  | { type: "health_check"; record: HealthCheckRecord }
  | { type: "contact"; record: ContactRecord }
  | { type: "early_help"; record: EarlyHelpRecord }
  | { type: "visit"; record: VisitRecord }
  | { type: "staff"; record: StaffRecord }
  | { type: "allocation"; record: AllocationRecord };

export type CaseRecordType = CaseRecord["type"];

/** Records about one child (everything but the workforce), which all carry `laChildId`. */
export type ChildLevelRecord = Exclude<CaseRecord, { type: "staff" }>;
