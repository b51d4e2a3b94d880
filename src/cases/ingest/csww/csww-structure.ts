/**
 * The shape of a children's social work workforce (CSWW) census message, as a table from
 * (container, element) to the element's role, following the DfE schema (2022 XSD in
 * shared/data/samples/csww). Elements not listed are skipped with everything inside them,
 * so a later schema year's additions do not break the import.
 */

export type ContainerRole =
  | "document"
  | "message"
  | "header"
  | "collectionDetails"
  | "source"
  | "worker";

/** `skip`: an XSD element the canonical model has no place for, skipped without comment. */
export type Role = ContainerRole | "field" | "skip";

const STRUCTURE: Record<ContainerRole, Readonly<Record<string, Role>>> = {
  document: { Message: "message" },
  message: {
    Header: "header",
    // LA-level vacancy and agency totals: the case model holds individual workers only.
    LALevelVacancies: "skip",
    CSWWWorker: "worker",
  },
  header: { CollectionDetails: "collectionDetails", Source: "source" },
  collectionDetails: { Collection: "field", Year: "field", ReferenceDate: "field" },
  source: { SourceLevel: "skip", LEA: "field", SoftwareCode: "skip", DateTime: "skip" },
  worker: {
    AgencyWorker: "field",
    SWENo: "field",
    FTE: "field",
    PersonBirthDate: "skip",
    GenderCurrent: "skip",
    Ethnicity: "skip",
    QualInst: "skip",
    QualLevel: "skip",
    StepUpGrad: "skip",
    OrgRole: "field",
    RoleStartDate: "field",
    StartOrigin: "skip",
    RoleEndDate: "field",
    LeaverDestination: "skip",
    ReasonLeave: "skip",
    // FTE and cases on 30 September feed DfE's caseload figure; the model keeps one FTE.
    FTE30: "skip",
    Cases30: "skip",
    WorkingDaysLost: "skip",
    ContractWeeks: "skip",
    FrontlineGrad: "skip",
    Absat30Sept: "skip",
    ReasonAbsence: "skip",
    CFKSSstatus: "skip",
  },
};

/** Inside LALevelVacancies, which is skipped whole; listed so a stray one is still noticed. */
const VACANCY_FIELDS = ["NumberOfVacancies", "NoAgencyFTE", "NoAgencyHeadcount"];

const KNOWN_ELEMENTS = new Set([
  ...Object.values(STRUCTURE).flatMap((children) => Object.keys(children)),
  ...VACANCY_FIELDS,
]);

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
 * Elements the XSD lets repeat always carry a position in problem paths
 * (`CSWWWorker[3]`); others only from their second occurrence, itself a data problem.
 */
const REPEATABLE = new Set(["Source", "CSWWWorker"]);

export function isRepeatable(element: string): boolean {
  return REPEATABLE.has(element);
}

/**
 * Elements that show a file is a workforce census even without a header naming the
 * collection (the XSD makes Header optional).
 */
export function isCswwBodyElement(element: string): boolean {
  return element === "CSWWWorker" || element === "LALevelVacancies";
}
