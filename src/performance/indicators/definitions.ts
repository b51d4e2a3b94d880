/**
 * The indicator definitions as data: what the Board reads next to each figure and what
 * the engine promises. The spec v1 ones follow ../shared/spec/indicators.md; the others
 * are local additions, each defined in full in docs/indicators.md. A local variant (other
 * tolerance or day count) must be a new id, never an edit of these.
 */
import type { CaseRecordType } from "../../cases/model.ts";

export const INDICATOR_IDS = [
  "referrals",
  "re_referrals_12m",
  "referrals_nfa",
  "referral_rate_10k",
  "referrals_to_assessment",
  "assessments_45wd",
  "initial_assessments_10wd",
  "initial_assessments_7wd",
  "core_assessments_35wd",
  "assessments_child_seen",
  "s47_enquiries",
  "icpc_15wd",
  "cpp_starts",
  "cpp_second_or_subsequent",
  "cpp_ended_2y_plus",
  "cpp_open_at_end",
  "cp_reviews_on_time",
  "cp_visits_10wd",
  "cin_open_at_end",
  "lac_at_end",
  "lac_3plus_placements",
  "lac_reviews_on_time",
  "lac_visits_6w",
  "lac_long_term_stability",
  "lac_health_checks",
  "lac_dental_checks",
  "care_leavers_eet",
  "care_leavers_suitable_accommodation",
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];

export type IndicatorGroup =
  | "front_door"
  | "assessments"
  | "child_protection"
  | "children_in_need"
  | "looked_after"
  | "care_leavers";

export interface IndicatorDefinition {
  id: IndicatorId;
  group: IndicatorGroup;
  title: string;
  /** plain English for a Board member */
  description: string;
  numerator: string;
  /** null for counts */
  denominator: string | null;
  kind: "count" | "percent";
  /** events: things dated within [from, to]; snapshot: the position on `to` */
  periodType: "events" | "snapshot";
  /** which direction is better; none when neither is */
  polarity: "high" | "low" | "none";
  /** what each numerator/denominator key identifies */
  unit: "referrals" | "assessments" | "enquiries" | "plans" | "children" | "young people";
  /** decimal places of `value` */
  precision: 0 | 1;
  recordTypes: readonly CaseRecordType[];
  /** set when the result carries a breakdown (IndicatorResult.breakdown): how it splits */
  breakdown?: string;
  /**
   * Set for a rate: `value` is the numerator per `ratePer` of the denominator, not per
   * 100. Its kind is "percent" (a ratio to one decimal place, the nearest shape the rules
   * and the API know), so anything that prints a % sign, caps a target at 100 or
   * recomputes a value from numerator and denominator must read this first.
   */
  ratePer?: number;
  version: 1;
}

type Fields = Omit<IndicatorDefinition, "precision" | "version">;

const define = (d: Fields): IndicatorDefinition => ({
  ...d,
  precision: d.kind === "count" ? 0 : 1,
  version: 1,
});

const INITIAL_DENOMINATOR = "Initial assessments completed in the period.";

export const INDICATORS: readonly IndicatorDefinition[] = [
  define({
    id: "referrals",
    group: "front_door",
    title: "Referrals",
    description:
      "How many referrals to children's social care were received in the period, and who made them.",
    numerator: "Referrals with a referral date in the period.",
    denominator: null,
    kind: "count",
    periodType: "events",
    polarity: "none",
    unit: "referrals",
    recordTypes: ["referral"],
    breakdown:
      'The same referrals counted by referral source as recorded (trimmed; codes are not merged or renamed); a blank or missing source is counted as "Not recorded". The parts add up to the count.',
  }),
  define({
    id: "re_referrals_12m",
    group: "front_door",
    title: "Re-referrals within 12 months",
    description:
      "Of the referrals in the period, the share about a child who had already been referred in the 12 months before.",
    numerator:
      "Referrals in the period where the same child has another referral dated on or after the date 12 months earlier (addMonths(d, -12)) and strictly before this one; any referral of the child counts, in the period or not, open or closed.",
    denominator: "Referrals in the period.",
    kind: "percent",
    periodType: "events",
    polarity: "low",
    unit: "referrals",
    recordTypes: ["referral"],
  }),
  define({
    id: "referrals_nfa",
    group: "front_door",
    title: "Referrals resulting in no further action",
    description: "Of the referrals in the period, the share closed with no further action.",
    numerator: "Referrals in the period marked no further action (ReferralNFA true or 1).",
    denominator:
      "Referrals in the period with a recorded no-further-action flag; referrals whose flag is missing or unrecognised are left out and reported.",
    kind: "percent",
    periodType: "events",
    polarity: "none",
    unit: "referrals",
    recordTypes: ["referral"],
  }),
  define({
    id: "referral_rate_10k",
    group: "front_door",
    title: "Referrals per 10,000 children",
    description:
      "Referrals received in the period for every 10,000 children aged 0 to 17 living in the area, so that councils of different sizes can be compared. Not annualised: compare like periods.",
    numerator: "Referrals with a referral date in the period (as the referrals indicator).",
    denominator:
      "Children aged 0 to 17 in the mid-year population estimate for the calendar year containing the reporting date, or else the latest earlier year. With no such estimate, or one smaller than the number of referrals, the figure is no data and the period's referrals are reported as left out.",
    kind: "percent",
    ratePer: 10_000,
    periodType: "events",
    polarity: "none",
    unit: "referrals",
    recordTypes: ["referral"],
  }),
  define({
    id: "referrals_to_assessment",
    group: "front_door",
    title: "Referrals leading to an assessment",
    description:
      "Of the referrals in the period, the share that led to an assessment of the child.",
    numerator:
      "Referrals in the period where the same child has an assessment of any kind starting on or after the referral date, before the child's next referral, and on or before the referral's closure date if it has one. The assessment may start after the period.",
    denominator:
      "Referrals in the period; a referral closed before its referral date is a data error, left out and reported.",
    kind: "percent",
    periodType: "events",
    polarity: "none",
    unit: "referrals",
    recordTypes: ["referral", "assessment"],
  }),
  define({
    id: "assessments_45wd",
    group: "assessments",
    title: "Assessments completed within 45 working days",
    description:
      "Of the single (continuous) assessments authorised in the period, the share authorised within 45 working days of starting.",
    numerator:
      "Single assessments authorised in the period with wd(actual start date, authorisation date) <= 45.",
    denominator:
      "Single assessments with an authorisation date in the period; open assessments are not included and an authorisation before the start is a data error, left out and reported.",
    kind: "percent",
    periodType: "events",
    polarity: "high",
    unit: "assessments",
    recordTypes: ["assessment"],
  }),
  define({
    id: "initial_assessments_10wd",
    group: "assessments",
    title: "Initial assessments within 10 working days of referral",
    description:
      "Of the initial assessments completed in the period, the share completed within 10 working days of the referral (Working Together 2010).",
    numerator:
      "Initial assessments completed in the period with wd(referral date of its referral, completion date) <= 10.",
    denominator: INITIAL_DENOMINATOR,
    kind: "percent",
    periodType: "events",
    polarity: "high",
    unit: "assessments",
    recordTypes: ["assessment"],
  }),
  define({
    id: "initial_assessments_7wd",
    group: "assessments",
    title: "Initial assessments within 7 working days of referral",
    description:
      "Of the initial assessments completed in the period, the share completed within 7 working days of the referral (the former NI 59).",
    numerator:
      "Initial assessments completed in the period with wd(referral date of its referral, completion date) <= 7.",
    denominator: INITIAL_DENOMINATOR,
    kind: "percent",
    periodType: "events",
    polarity: "high",
    unit: "assessments",
    recordTypes: ["assessment"],
  }),
  define({
    id: "core_assessments_35wd",
    group: "assessments",
    title: "Core assessments within 35 working days",
    description:
      "Of the core assessments completed in the period, the share completed within 35 working days of starting (the former NI 60).",
    numerator:
      "Core assessments completed in the period with wd(start date, completion date) <= 35.",
    denominator: "Core assessments completed in the period.",
    kind: "percent",
    periodType: "events",
    polarity: "high",
    unit: "assessments",
    recordTypes: ["assessment"],
  }),
  define({
    id: "assessments_child_seen",
    group: "assessments",
    title: "Assessments in which the child was seen",
    description:
      "Of the assessments completed in the period, the share in which the child was seen.",
    numerator: "Assessments in the denominator recorded as the child having been seen.",
    denominator:
      "Assessments of any kind (single, initial, core) with a completion (authorisation) date in the period; an assessment without a recorded child-seen flag is left out and reported.",
    kind: "percent",
    periodType: "events",
    polarity: "high",
    unit: "assessments",
    recordTypes: ["assessment"],
  }),
  define({
    id: "s47_enquiries",
    group: "child_protection",
    title: "Section 47 enquiries",
    description: "How many child protection (section 47) enquiries started in the period.",
    numerator: "Section 47 enquiries with a start date in the period.",
    denominator: null,
    kind: "count",
    periodType: "events",
    polarity: "none",
    unit: "enquiries",
    recordTypes: ["section47"],
  }),
  define({
    id: "icpc_15wd",
    group: "child_protection",
    title: "Initial child protection conferences within 15 working days",
    description:
      "Of the initial child protection conferences held in the period, the share held within 15 working days of the section 47 enquiry starting.",
    numerator:
      "Section 47 enquiries whose initial conference date (recorded on the enquiry) is in the period and wd(enquiry start, conference date) <= 15.",
    denominator:
      "Section 47 enquiries whose initial conference date is in the period; a conference before the enquiry start is a data error, left out and reported.",
    kind: "percent",
    periodType: "events",
    polarity: "high",
    unit: "enquiries",
    recordTypes: ["section47"],
  }),
  define({
    id: "cpp_starts",
    group: "child_protection",
    title: "Child protection plans starting",
    description: "How many child protection plans started in the period.",
    numerator: "Child protection plans with a start date in the period.",
    denominator: null,
    kind: "count",
    periodType: "events",
    polarity: "none",
    unit: "plans",
    recordTypes: ["cp_plan"],
  }),
  define({
    id: "cpp_second_or_subsequent",
    group: "child_protection",
    title: "Child protection plans for a second or subsequent time",
    description:
      "Of the plans starting in the period, the share for a child who had been on a plan before.",
    numerator:
      "Plans starting in the period where the child has another plan with a strictly earlier start date, or the plan records a number of previous plans greater than 0.",
    denominator:
      "Plans starting in the period; a plan with no earlier plan and a missing number of previous plans is left out and reported.",
    kind: "percent",
    periodType: "events",
    polarity: "low",
    unit: "plans",
    recordTypes: ["cp_plan"],
  }),
  define({
    id: "cpp_ended_2y_plus",
    group: "child_protection",
    title: "Child protection plans ending after two years or more",
    description:
      "Of the plans that ended in the period, the share that had lasted two years (730 days) or more.",
    numerator: "Plans ending in the period with end date - start date >= 730 calendar days.",
    denominator:
      "Plans ending in the period; a plan ending before it starts is a data error, left out and reported.",
    kind: "percent",
    periodType: "events",
    polarity: "low",
    unit: "plans",
    recordTypes: ["cp_plan"],
  }),
  define({
    id: "cpp_open_at_end",
    group: "child_protection",
    title: "Child protection plans open at the end of the period",
    description: "How many child protection plans were open on the reporting date.",
    numerator:
      "Plans with start date on or before the reporting date and no end date or an end date after it.",
    denominator: null,
    kind: "count",
    periodType: "snapshot",
    polarity: "none",
    unit: "plans",
    recordTypes: ["cp_plan"],
  }),
  define({
    id: "cp_reviews_on_time",
    group: "child_protection",
    title: "Child protection plans reviewed on time",
    description:
      "Of the plans open on the reporting date that were due a first review by then, the share whose reviews have all been on time.",
    numerator:
      "Plans in the denominator where the first review was on or before addMonths(start, 3), each later review on or before addMonths(previous review, 6), and the next review is not yet overdue on the reporting date (review dates after the reporting date are ignored).",
    denominator: "Plans open on the reporting date with addMonths(start, 3) on or before it.",
    kind: "percent",
    periodType: "snapshot",
    polarity: "high",
    unit: "plans",
    recordTypes: ["cp_plan"],
  }),
  define({
    id: "cp_visits_10wd",
    group: "child_protection",
    title: "Children on a child protection plan visited within 10 working days",
    description:
      "Of the children on a child protection plan on the reporting date, the share who were not overdue a visit: seen within the last 10 working days, or on a plan for 10 working days or fewer.",
    numerator:
      "Children in the denominator with wd(clock start, reporting date) <= 10, where the clock start is the later of the start of their earliest plan open on the reporting date and their last child protection visit on or before it. A visit recorded as the child not seen does not count.",
    denominator:
      "Distinct children with a child protection plan open on the reporting date (started on or before it, not ended by it).",
    kind: "percent",
    periodType: "snapshot",
    polarity: "high",
    unit: "children",
    recordTypes: ["cp_plan", "visit"],
  }),
  define({
    id: "cin_open_at_end",
    group: "children_in_need",
    title: "Children in need at the end of the period",
    description: "How many children had an open children-in-need episode on the reporting date.",
    numerator:
      "Distinct children with at least one referral dated on or before the reporting date with no closure date or a closure date after it.",
    denominator: null,
    kind: "count",
    periodType: "snapshot",
    polarity: "none",
    unit: "children",
    recordTypes: ["referral"],
  }),
  define({
    id: "lac_at_end",
    group: "looked_after",
    title: "Children looked after at the end of the period",
    description: "How many children were looked after on the reporting date.",
    numerator:
      "Distinct children with an episode starting on or before the reporting date and not ended by it (DEC empty or after it).",
    denominator: null,
    kind: "count",
    periodType: "snapshot",
    polarity: "none",
    unit: "children",
    recordTypes: ["lac_episode"],
  }),
  define({
    id: "lac_3plus_placements",
    group: "looked_after",
    title: "Looked-after children with three or more placements in 12 months",
    description:
      "Of the children looked after on the reporting date, the share who had three or more placements during the previous 12 months.",
    numerator:
      "Children in the denominator with 3 or more placements ongoing at any time from the day after addMonths(reporting date, -12) to the reporting date; each episode whose RNE is not L starts a placement.",
    denominator: "Children looked after on the reporting date.",
    kind: "percent",
    periodType: "snapshot",
    polarity: "low",
    unit: "children",
    recordTypes: ["lac_episode"],
  }),
  define({
    id: "lac_reviews_on_time",
    group: "looked_after",
    title: "Looked-after children reviewed on time",
    description:
      "Of the children looked after on the reporting date whose current period of care began at least 20 working days earlier, the share whose reviews have all been on time.",
    numerator:
      "Children in the denominator whose reviews in the current period of care were all on time: the first within 20 working days of its start, the second within addMonths(first, 3), later ones within addMonths(previous, 6), and the next review not overdue on the reporting date.",
    denominator:
      "Children looked after on the reporting date whose current period of care started at least 20 working days before it; a child whose period of care cannot be traced back to its start is left out and reported.",
    kind: "percent",
    periodType: "snapshot",
    polarity: "high",
    unit: "children",
    recordTypes: ["lac_episode", "lac_review"],
  }),
  define({
    id: "lac_visits_6w",
    group: "looked_after",
    title: "Looked-after children visited within 6 weeks",
    description:
      "Of the children looked after on the reporting date, the share who were not overdue a statutory visit: visited within the last 6 weeks (42 days), or in care for 42 days or fewer.",
    numerator:
      "Children in the denominator for whom at most 42 calendar days have passed from the clock start to the reporting date, where the clock start is the later of the start of their unbroken care and their last looked-after visit on or before the reporting date. A visit recorded as the child not seen does not count.",
    denominator:
      "Children looked after on the reporting date, not counting short-break episodes (legal status V3 or V4).",
    kind: "percent",
    periodType: "snapshot",
    polarity: "high",
    unit: "children",
    recordTypes: ["lac_episode", "visit"],
  }),
  define({
    id: "lac_long_term_stability",
    group: "looked_after",
    title: "Long-term placement stability",
    description:
      "Of the children under 16 who have been looked after for two and a half years or more, the share who have been in the same placement for two years or more, or are placed for adoption after a placement that, together with the adoptive one, has lasted two years (the former NI 63).",
    numerator:
      "Children in the denominator whose placement in progress on the reporting date started on or before addMonths(reporting date, -24), or whose current placement is a placement for adoption (code A1 to A6) that follows on without a gap from a placement that started on or before that date. Every episode whose RNE is not L starts a placement.",
    denominator:
      "Children looked after on the reporting date, under 16 on it, looked after without a gap since on or before addMonths(reporting date, -30); short-break episodes (V3/V4) are not counted. A child without a valid date of birth is left out and reported.",
    kind: "percent",
    periodType: "snapshot",
    polarity: "high",
    unit: "children",
    recordTypes: ["lac_episode", "child"],
  }),
  define({
    id: "lac_health_checks",
    group: "looked_after",
    title: "Looked-after children with health assessments up to date",
    description:
      "Of the children looked after continuously for 12 months at 31 March, the share whose health assessment was up to date (the SSDA903 OC2 measure). Only periods that include a 31 March have a figure.",
    numerator:
      "Children in the denominator whose OC2 record for the year has the health check up to date.",
    denominator:
      "For each 31 March in the period, children looked after on that day without a gap since 1 April of the year before (short breaks aside) who have an OC2 record for that collection year with the flag recorded; a child with no record or no flag is left out and reported.",
    kind: "percent",
    periodType: "events",
    polarity: "high",
    unit: "children",
    recordTypes: ["lac_episode", "health_check"],
  }),
  define({
    id: "lac_dental_checks",
    group: "looked_after",
    title: "Looked-after children with dental checks up to date",
    description:
      "Of the children looked after continuously for 12 months at 31 March, the share whose teeth had been checked by a dentist (the SSDA903 OC2 measure). Only periods that include a 31 March have a figure.",
    numerator:
      "Children in the denominator whose OC2 record for the year has the dental check done.",
    denominator:
      "As for lac_health_checks, with the dental check flag: children in the 12-month cohort at each 31 March in the period with an OC2 record for that year carrying the flag; a child with no record or no flag is left out and reported.",
    kind: "percent",
    periodType: "events",
    polarity: "high",
    unit: "children",
    recordTypes: ["lac_episode", "health_check"],
  }),
  define({
    id: "care_leavers_eet",
    group: "care_leavers",
    title: "Care leavers in education, employment or training",
    description:
      "Of the care leavers whose 19th birthday fell in the period, the share in education, employment or training (the former NI 148).",
    numerator:
      "Care leavers in the denominator whose OC3 activity is F1-F5 or P1-P5 (full- or part-time higher or other education, training or employment).",
    denominator:
      "Care leavers (OC3 records) whose 19th birthday is in the period, except those recorded as having died. Not in touch and information not known count here and not in the numerator. A record without a valid date of birth is left out and reported.",
    kind: "percent",
    periodType: "events",
    polarity: "high",
    unit: "young people",
    recordTypes: ["care_leaver", "child"],
  }),
  define({
    id: "care_leavers_suitable_accommodation",
    group: "care_leavers",
    title: "Care leavers in suitable accommodation",
    description:
      "Of the care leavers whose 19th birthday fell in the period, the share living in accommodation considered suitable (the former NI 147).",
    numerator:
      "Care leavers in the denominator whose OC3 accommodation code ends in 1 (considered suitable).",
    denominator:
      "Care leavers (OC3 records) whose 19th birthday is in the period, except those recorded as having died. Unsuitable (code ending in 2) and not known count here and not in the numerator. A record without a valid date of birth is left out and reported.",
    kind: "percent",
    periodType: "events",
    polarity: "high",
    unit: "young people",
    recordTypes: ["care_leaver", "child"],
  }),
];

const BY_ID: ReadonlyMap<string, IndicatorDefinition> = new Map(INDICATORS.map((d) => [d.id, d]));

export function isIndicatorId(id: string): id is IndicatorId {
  return BY_ID.has(id);
}

export function getDefinition(id: IndicatorId): IndicatorDefinition {
  const definition = BY_ID.get(id);
  if (definition === undefined) throw new RangeError(`Unknown indicator: ${id}`);
  return definition;
}
