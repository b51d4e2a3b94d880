/**
 * The shape of a CIN census message, 2017-2026, as a table from (container, element) to
 * the element's role. Anything not listed (such as the 2026 PreProceedingsandFGDM block)
 * is skipped with everything inside it, so new elements in a future schema year do not
 * break the import. The only differences between years that matter here are
 * `GenderCurrent` (to 2024) versus `Sex` (from 2025) and `CINPlanDates` (from 2022); both
 * are accepted in every year, since suppliers lag.
 */

export type ContainerRole =
  | "document"
  | "message"
  | "header"
  | "collectionDetails"
  | "source"
  | "children"
  | "child"
  | "childIdentifiers"
  | "childCharacteristics"
  | "disabilities"
  | "cinDetails"
  | "assessment"
  | "factors"
  | "cinPlan"
  | "section47"
  | "cpPlan"
  | "reviews";

/** `skip`: an XSD element the canonical model has no place for, skipped without comment. */
export type Role = ContainerRole | "field" | "skip";

const STRUCTURE: Record<ContainerRole, Readonly<Record<string, Role>>> = {
  document: { Message: "message" },
  message: { Header: "header", Children: "children" },
  header: { CollectionDetails: "collectionDetails", Source: "source" },
  collectionDetails: { Collection: "field", Year: "field", ReferenceDate: "field" },
  source: {
    SourceLevel: "skip",
    LEA: "field",
    SoftwareCode: "skip",
    Release: "skip",
    SerialNo: "skip",
    DateTime: "skip",
  },
  children: { Child: "child" },
  child: {
    ChildIdentifiers: "childIdentifiers",
    ChildCharacteristics: "childCharacteristics",
    CINdetails: "cinDetails",
  },
  childIdentifiers: {
    LAchildID: "field",
    UPN: "field",
    FormerUPN: "skip",
    UPNunknown: "skip",
    PersonBirthDate: "field",
    ExpectedPersonBirthDate: "skip",
    Sex: "field",
    GenderCurrent: "field",
    PersonDeathDate: "skip",
  },
  childCharacteristics: { Ethnicity: "field", Disabilities: "disabilities" },
  disabilities: { Disability: "field" },
  cinDetails: {
    CINreferralDate: "field",
    ReferralSource: "field",
    PrimaryNeedCode: "field",
    CINclosureDate: "field",
    ReasonForClosure: "field",
    // Indicators use the conference date recorded on each Section47 instead.
    DateOfInitialCPC: "skip",
    ReferralNFA: "field",
    Assessments: "assessment",
    CINPlanDates: "cinPlan",
    Section47: "section47",
    ChildProtectionPlans: "cpPlan",
  },
  assessment: {
    AssessmentActualStartDate: "field",
    AssessmentInternalReviewDate: "skip",
    AssessmentAuthorisationDate: "field",
    FactorsIdentifiedAtAssessment: "factors",
  },
  factors: { AssessmentFactors: "field" },
  cinPlan: { CINPlanStartDate: "field", CINPlanEndDate: "field" },
  section47: {
    S47ActualStartDate: "field",
    InitialCPCtarget: "field",
    DateOfInitialCPC: "field",
    ICPCnotRequired: "field",
  },
  cpPlan: {
    CPPstartDate: "field",
    CPPendDate: "field",
    InitialCategoryOfAbuse: "field",
    LatestCategoryOfAbuse: "field",
    NumberOfPreviousCPP: "field",
    Reviews: "reviews",
  },
  reviews: { CPPreviewDate: "field" },
};

const KNOWN_ELEMENTS = new Set(
  Object.values(STRUCTURE).flatMap((children) => Object.keys(children)),
);

/** A census element name, wherever it was found (a misplaced one is worth reporting). */
export function isCensusElement(element: string): boolean {
  return KNOWN_ELEMENTS.has(element);
}

export function roleOf(container: ContainerRole, element: string): Role | null {
  return Object.hasOwn(STRUCTURE[container], element)
    ? (STRUCTURE[container][element] ?? null)
    : null;
}

/**
 * Elements the XSD lets repeat always carry a position in problem paths (`Child[3]`);
 * others only from their second occurrence, which is itself a data problem.
 */
const REPEATABLE = new Set([
  "Source",
  "Child",
  "Disability",
  "CINdetails",
  "Assessments",
  "CINPlanDates",
  "Section47",
  "ChildProtectionPlans",
  "AssessmentFactors",
  "CPPreviewDate",
]);

export function isRepeatable(element: string): boolean {
  return REPEATABLE.has(element);
}

/** Fields that hold a list of values rather than one. */
const LIST_FIELDS = new Set(["Disability", "AssessmentFactors", "CPPreviewDate"]);

export function isListField(element: string): boolean {
  return LIST_FIELDS.has(element);
}
