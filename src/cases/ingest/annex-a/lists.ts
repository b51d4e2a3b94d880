/**
 * The eleven Annex A lists as data: number, title, each column's header text as the
 * Ofsted template (August 2019) writes it followed by other wordings met in the wild
 * (the 2024 variant, the 2026 "Sex" rename, the liia-tools sample), what kind of value
 * it holds, and the canonical field it feeds (`maps`, null when Waymark keeps nothing
 * from it). mapping.ts turns a validated row into records; this file is what to change
 * when Ofsted changes a heading.
 *
 * Matching is on normalised text (normalise.ts), so headers differing only in case,
 * quotes, spacing, punctuation or "(Y/N)" need no extra entry here.
 */
import type { PickListName } from "./pick-lists.ts";

export type ColumnKind = "id" | "text" | "date" | "pick" | "count";

export interface ColumnDef {
  key: string;
  /** Header texts; the first is the template's and is used in messages when absent. */
  headers: readonly string[];
  kind: ColumnKind;
  pick?: PickListName;
  /** The canonical field fed, as "recordType.field"; null when not mapped. */
  maps: string | null;
}

export interface ListDef {
  number: number;
  /** The template's title ("List 3: Referral"). */
  title: string;
  /** Other words a sheet or file may be named by ("Referrals"). */
  names: readonly string[];
  /** The column that identifies the row's subject (child id; adopter id for List 11). */
  idColumn: string;
  /** Columns no other list has: one of them (with the id) marks a header row as this list. */
  anchors: readonly string[];
  /** Columns without which no row of the list can be loaded (ANNEXA_MISSING_COLUMN). */
  required: readonly string[];
  /** The date every row needs (its record's key); empty -> ANNEXA_MISSING_MANDATORY. */
  keyDate: string | null;
  /** [start, end] pairs: end before start is reported (ANNEXA_END_BEFORE_START). */
  periods: readonly (readonly [string, string])[];
  columns: readonly ColumnDef[];
}

// --- columns most lists share ------------------------------------------------------------

const childId = (maps: string | null = "child.laChildId"): ColumnDef => ({
  key: "childId",
  headers: [
    "Child Unique ID",
    "Child ID",
    "Unique Child ID",
    "Child Unique Identifier",
    "Child Unique Reference",
    "LA Child ID",
  ],
  kind: "id",
  maps,
});
const gender = (maps: string | null = "child.sex"): ColumnDef => ({
  key: "gender",
  headers: ["Gender", "Sex", "Gender/Sex"],
  kind: "pick",
  pick: "gender",
  maps,
});
const ethnicity = (maps: string | null = "child.ethnicity"): ColumnDef => ({
  key: "ethnicity",
  headers: ["Ethnicity"],
  kind: "pick",
  pick: "ethnicity",
  maps,
});
const dateOfBirth: ColumnDef = {
  key: "dateOfBirth",
  headers: ["Date of Birth", "DOB"],
  kind: "date",
  maps: "child.dateOfBirth",
};
const age: ColumnDef = {
  key: "age",
  headers: ["Age of Child (Years)", "Age", "Age of Child", "Age (Years)"],
  // Fractional in some exports and -1 for the unborn; derived from the date of birth anyway.
  kind: "text",
  maps: null,
};
const disability = (maps: string | null = "child.disabilities"): ColumnDef => ({
  key: "disability",
  headers: ["Does the Child have a Disability", "Disability", "Disabled"],
  kind: "pick",
  pick: "yesNoUnknown",
  maps,
});
const team: ColumnDef = {
  key: "allocatedTeam",
  headers: ["Allocated Team"],
  kind: "text",
  maps: null,
};
const worker: ColumnDef = {
  key: "allocatedWorker",
  headers: ["Allocated Worker"],
  kind: "text",
  maps: null,
};
const familyId: ColumnDef = {
  key: "familyId",
  headers: ["Family identifier", "Family ID"],
  kind: "text",
  maps: null,
};

const date = (key: string, headers: string[], maps: string | null = null): ColumnDef => ({
  key,
  headers,
  kind: "date",
  maps,
});
const pick = (
  key: string,
  headers: string[],
  list: PickListName,
  maps: string | null = null,
): ColumnDef => ({ key, headers, kind: "pick", pick: list, maps });
const count = (key: string, headers: string[], maps: string | null = null): ColumnDef => ({
  key,
  headers,
  kind: "count",
  maps,
});
const text = (key: string, headers: string[], maps: string | null = null): ColumnDef => ({
  key,
  headers,
  kind: "text",
  maps,
});

// --- the lists -------------------------------------------------------------------------

export const ANNEX_A_LISTS: readonly ListDef[] = [
  {
    number: 1,
    title: "List 1: Contacts",
    names: ["Contacts", "Contact"],
    idColumn: "childId",
    anchors: ["contactDate", "contactSource"],
    required: ["childId", "contactDate"],
    keyDate: "contactDate",
    periods: [],
    columns: [
      childId(),
      gender(),
      ethnicity(),
      dateOfBirth,
      age,
      date("contactDate", ["Date of Contact", "Contact Date"], "contact.contactDate"),
      pick("contactSource", ["Contact Source"], "source", "contact.source"),
    ],
  },
  {
    number: 2,
    title: "List 2: Early Help",
    names: ["Early Help", "Early Help Assessments"],
    idColumn: "childId",
    anchors: ["startDate", "completionDate", "organisation"],
    required: ["childId", "startDate"],
    keyDate: "startDate",
    periods: [["startDate", "completionDate"]],
    columns: [
      childId(),
      gender(),
      ethnicity(),
      dateOfBirth,
      age,
      date(
        "startDate",
        ["Assessment start date", "Early Help Assessment Start Date"],
        "early_help.startDate",
      ),
      date(
        "completionDate",
        ["Assessment completion date", "Early Help Assessment Completion Date"],
        "early_help.completionDate",
      ),
      text(
        "organisation",
        ["Organisation completing assessment", "Organisation Completing Early Help Assessment"],
        "early_help.organisation",
      ),
    ],
  },
  {
    number: 3,
    title: "List 3: Referral",
    names: ["Referral", "Referrals"],
    idColumn: "childId",
    anchors: ["referralDate", "referralSource", "referralNfa", "referralsLast12Months"],
    required: ["childId", "referralDate"],
    keyDate: "referralDate",
    periods: [],
    columns: [
      childId(),
      gender(),
      ethnicity(),
      dateOfBirth,
      age,
      date("referralDate", ["Date of referral", "Referral Date"], "referral.referralDate"),
      pick("referralSource", ["Referral Source"], "source", "referral.source"),
      pick("referralNfa", ["Referral NFA?", "Referral No Further Action"], "yesNo", "referral.nfa"),
      count("referralsLast12Months", ["Number of Referrals in Last 12 Months"]),
      team,
      worker,
    ],
  },
  {
    number: 4,
    title: "List 4: Assessments",
    names: ["Assessments", "Assessment"],
    idColumn: "childId",
    anchors: ["startDate", "childSeen", "authorisationDate", "requiresSupport"],
    required: ["childId", "startDate"],
    keyDate: "startDate",
    periods: [["startDate", "authorisationDate"]],
    columns: [
      childId(),
      gender(),
      ethnicity(),
      dateOfBirth,
      age,
      disability(),
      date(
        "startDate",
        ["Continuous Assessment Start Date", "Single Assessment Start Date"],
        "assessment.startDate",
      ),
      pick(
        "childSeen",
        ["Child Seen During Continuous Assessment", "Child Seen During Assessment"],
        "yesNoUnknown",
        "assessment.childSeen",
      ),
      date(
        "authorisationDate",
        [
          "Continuous Assessment Date of Authorisation",
          "Single Assessment Date of Authorisation",
          "Assessment Authorisation Date",
        ],
        "assessment.completionDate",
      ),
      pick(
        "requiresSupport",
        [
          "Was the child assessed as requiring LA children’s social care support",
          "Was the child assessed as being in need at assessment?",
        ],
        "yesNo",
      ),
      team,
      worker,
    ],
  },
  {
    number: 5,
    title: "List 5: Section 47 enquiries and Initial Child Protection Conferences",
    names: ["Section 47", "Section 47 enquiries", "S47", "S47 and ICPC"],
    idColumn: "childId",
    anchors: ["startDate", "icpcNotRequired", "icpcDate", "icpcResultedInPlan"],
    required: ["childId", "startDate"],
    keyDate: "startDate",
    periods: [["startDate", "icpcDate"]],
    columns: [
      childId(),
      gender(),
      ethnicity(),
      dateOfBirth,
      age,
      disability(),
      date(
        "startDate",
        [
          "Strategy discussion initiating Section 47 Enquiry Start Date",
          "Section 47 Enquiry Start Date",
          "S47 Start Date",
        ],
        "section47.startDate",
      ),
      pick(
        "icpcNotRequired",
        ["Was an Initial Child Protection Conference deemed unnecessary?"],
        "yesNo",
        "section47.icpcNotRequired",
      ),
      date(
        "icpcDate",
        ["Date of Initial Child Protection Conference", "ICPC Date"],
        "section47.icpcDate",
      ),
      pick(
        "icpcResultedInPlan",
        ["Did the Initial Child Protection Conference Result in a Child Protection Plan"],
        "yesNo",
      ),
      count("s47Last12Months", ["Number of Section 47 Enquiries in the last 12 months"]),
      count("icpcLast12Months", ["Number of ICPCs in the last 12 months"]),
      team,
      worker,
    ],
  },
  {
    number: 6,
    title: "List 6: Children in Need",
    names: ["Children in Need", "CIN"],
    idColumn: "childId",
    anchors: ["cinStartDate", "primaryNeed", "lastSeen", "cinClosureDate", "closureReason"],
    required: ["childId", "cinStartDate"],
    keyDate: "cinStartDate",
    periods: [["cinStartDate", "cinClosureDate"]],
    columns: [
      childId(),
      gender(),
      ethnicity(),
      dateOfBirth,
      age,
      disability(),
      // The FAQ: "the start date of the referral which led to this episode of need".
      date("cinStartDate", ["CIN Start Date"], "referral.referralDate"),
      pick(
        "primaryNeed",
        ["Primary Need Code", "Primary Need"],
        "primaryNeed",
        "referral.primaryNeed",
      ),
      date("lastSeen", ["Date Child Was Last Seen"]),
      date("cinClosureDate", ["CIN Closure Date"], "referral.closureDate"),
      pick("closureReason", ["Reason for Closure"], "closureReason", "referral.closureReason"),
      pick("caseStatus", ["Case status"], "caseStatus"),
      team,
      worker,
    ],
  },
  {
    number: 7,
    title: "List 7: Child protection",
    names: ["Child protection", "Child Protection Plans", "CP"],
    idColumn: "childId",
    anchors: [
      "startDate",
      "initialCategory",
      "latestCategory",
      "latestReview",
      "endDate",
      "previousPlans",
    ],
    required: ["childId", "startDate"],
    keyDate: "startDate",
    periods: [["startDate", "endDate"]],
    columns: [
      childId(),
      gender(),
      ethnicity(),
      dateOfBirth,
      age,
      disability(),
      date(
        "startDate",
        ["Child Protection Plan Start Date", "CP Plan Start Date"],
        "cp_plan.startDate",
      ),
      pick(
        "initialCategory",
        ["Initial Category of Abuse"],
        "abuseCategory",
        "cp_plan.initialCategory",
      ),
      pick(
        "latestCategory",
        ["Latest Category of Abuse"],
        "abuseCategory",
        "cp_plan.latestCategory",
      ),
      date("lastVisit", ["Date of the Last Statutory Visit"]),
      pick("seenAlone", ["Was the Child Seen Alone?"], "yesNoUnknown"),
      date("latestReview", ["Date of latest review conference"], "cp_plan.reviewDates"),
      date("endDate", ["Child Protection Plan End Date", "CP Plan End Date"], "cp_plan.endDate"),
      pick(
        "protectedInLastSixMonths",
        [
          "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
        ],
        "yesNo",
      ),
      count(
        "previousPlans",
        ["Number of Previous Child Protection Plans"],
        "cp_plan.previousPlans",
      ),
      team,
      worker,
    ],
  },
  {
    number: 8,
    title: "List 8: Children in care",
    names: ["Children in care", "Looked after children", "CLA", "LAC", "CiC"],
    idColumn: "childId",
    anchors: [
      "periodStart",
      "categoryOfNeed",
      "legalStatus",
      "legalStatusStart",
      "placementType",
      "placementProvider",
      "ceasedDate",
    ],
    // A sheet without the period start column still identifies children in care (see
    // mapping.ts); when the column is there, every row needs it.
    required: ["childId"],
    keyDate: "periodStart",
    periods: [["periodStart", "ceasedDate"]],
    columns: [
      childId(),
      gender(),
      ethnicity(),
      dateOfBirth,
      age,
      pick(
        "uasc",
        ["Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)"],
        "yesNo",
      ),
      disability(),
      date("periodStart", ["Date Started to be Looked After"], "lac_episode.decom"),
      pick("categoryOfNeed", ["Child's Category of Need"], "categoryOfNeed", "lac_episode.cinCode"),
      pick(
        "secondPeriod",
        [
          "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
          "Is this a second or subsequent episode of being a Looked After Child within the last 12 months (Y/N)",
        ],
        "yesNo",
      ),
      date("legalStatusStart", ["Start date of current legal status"]),
      pick("legalStatus", ["Child's Legal Status"], "legalStatus", "lac_episode.legalStatus"),
      date("latestReview", ["Date of Latest Statutory Review"]),
      date("lastVisit", ["Date of Last Social Work Visit"]),
      pick("permanencePlan", ["What is the permanence plan for this child?"], "permanencePlan"),
      date("lastIroContact", ["Date of Last IRO Visit / Contact to the Child"]),
      date("lastHealthAssessment", ["Date of Last Health Assessment"]),
      date("lastDentalCheck", ["Date of Last Dental Check"]),
      count("placementsLast12Months", ["Number of Placements in the Last 12 months"]),
      date("ceasedDate", ["Date Ceased to be Looked After"], "lac_episode.dec"),
      pick(
        "reasonCeased",
        ["Reason Ceased to be Looked After"],
        "reasonCeased",
        "lac_episode.reasonEpisodeCeased",
      ),
      date("placementStart", ["Start Date of Most Recent Placement"]),
      pick("placementType", ["Placement Type"], "placementType", "lac_episode.placement"),
      pick(
        "placementProvider",
        ["Placement Provider"],
        "placementProvider",
        "lac_episode.placementProvider",
      ),
      text("placementPostcode", ["Placement postcode"], "lac_episode.placementPostcode"),
      text("placementUrn", ["URN of Placement"], "lac_episode.urn"),
      pick("placementLocation", ["Placement Location"], "placementLocation"),
      text("placementLa", ["LA of Placement"]),
      count("missingLast12Months", [
        "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months",
      ]),
      count("absentLast12Months", [
        "Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months",
      ]),
      pick(
        "returnInterviewOffered",
        ["Was the child offered a Return Interview after their last missing episode (Y/N)?"],
        "yesNoUnknown",
      ),
      pick(
        "returnInterviewAccepted",
        ["Did the child accept a Return Interview after their last missing episode (Y/N)?"],
        "yesNoUnknown",
      ),
      team,
      worker,
    ],
  },
  {
    number: 9,
    title: "List 9: Care leavers",
    names: ["Care leavers", "Care leaver"],
    idColumn: "childId",
    anchors: [
      "eligibility",
      "inTouch",
      "accommodationType",
      "accommodationSuitability",
      "activity",
    ],
    required: ["childId"],
    keyDate: null,
    periods: [],
    columns: [
      childId(),
      gender(),
      ethnicity(),
      dateOfBirth,
      age,
      // 2024 variant only.
      pick(
        "uasc",
        ["Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)"],
        "yesNo",
      ),
      disability(),
      team,
      worker,
      text("personalAdvisor", ["Allocated Personal Advisor"]), // 2024
      pick("eligibility", ["Eligibility Category"], "eligibility"),
      date("pathwayPlanReview", ["Latest Pathway Plan Review Date"]), // 2024
      pick("inTouch", ["LA In Touch"], "inTouch", "care_leaver.inTouch"),
      date("latestContact", ["Latest Date of Contact"]), // 2024
      pick(
        "accommodationType",
        ["Type of Accommodation"],
        "accommodationType",
        "care_leaver.accommodation",
      ),
      pick(
        "accommodationSuitability",
        ["Suitability of Accommodation"],
        "suitability",
        "care_leaver.accommodation",
      ),
      pick("activity", ["Activity Status"], "activity", "care_leaver.activity"),
    ],
  },
  {
    number: 10,
    title: "List 10: Adoption",
    names: ["Adoption", "Adoptions"],
    idColumn: "childId",
    anchors: [
      "enteredCare",
      "adoptionDecision",
      "matchedDate",
      "placedForAdoption",
      "noLongerDecision",
      "noLongerReason",
      "ffaPlacedDate",
    ],
    required: ["childId"],
    keyDate: null,
    periods: [],
    columns: [
      childId(),
      familyId,
      gender(),
      ethnicity(),
      dateOfBirth,
      age,
      disability(),
      date("enteredCare", ["Date the Child Entered Care"]),
      date("adoptionDecision", ["Date of Decision that Child Should be Placed for Adoption"]),
      date("placementOrder", ["Date of Placement Order"]),
      date("matchedDate", ["Date of Matching Child and Prospective Adopters"]),
      date("placedForAdoption", ["Date Placed for Adoption"]),
      date("adoptionOrder", ["Date of Adoption Order"]),
      date("noLongerDecision", [
        "Date of Decision that Child Should No Longer be Placed for Adoption",
      ]),
      pick(
        "noLongerReason",
        ["Reason Why Child No Longer Placed for Adoption"],
        "noLongerPlacedReason",
      ),
      date("ffaPlacedDate", [
        "Date the child was placed for fostering in FFA or concurrent planning placement",
      ]),
    ],
  },
  {
    number: 11,
    title: "List 11: Adopters",
    names: ["Adopters", "Adopter"],
    idColumn: "adopterId",
    anchors: ["adopterId"],
    required: ["adopterId"],
    keyDate: null,
    periods: [
      ["stage1Start", "stage1End"],
      ["stage2Start", "stage2End"],
      ["applicationSubmitted", "applicationApproved"],
    ],
    // Adults, not children: validated and counted, nothing emitted (mapping.ts).
    columns: [
      text("adopterId", ["Individual adopter identifier", "Adopter identifier", "Adopter ID"]),
      familyId,
      gender(null),
      ethnicity(null),
      disability(null),
      pick(
        "fosteringForAdoption",
        ["Is the (prospective) adopter fostering for adoption?"],
        "yesNo",
      ),
      date("enquiryReceived", ["Date enquiry received"]),
      date("stage1Start", ["Date Stage 1 started"]),
      date("stage1End", ["Date Stage 1 ended"]),
      date("stage2Start", ["Date Stage 2 started"]),
      date("stage2End", ["Date Stage 2 ended"]),
      date("applicationSubmitted", ["Date application submitted"]),
      date("applicationApproved", ["Date application approved"]),
      date("matchedDate", ["Date adopter matched with child(ren)"]),
      date("placedDate", ["Date child/children placed with adopter(s)"]),
      count("childrenPlaced", ["No. of children placed", "Number of children placed"]),
      date("adoptionOrder", ["Date of Adoption Order"]),
      date("leftDate", ["Date of leaving adoption process"]),
      pick("leftReason", ["Reason for leaving adoption process"], "leftAdoptionReason"),
    ],
  },
];

export function listByNumber(n: number): ListDef | undefined {
  return ANNEX_A_LISTS.find((list) => list.number === n);
}

export function columnOf(list: ListDef, key: string): ColumnDef {
  const column = list.columns.find((c) => c.key === key);
  if (!column) throw new Error(`internal: List ${list.number} has no column ${key}`);
  return column;
}
