/**
 * Canonical records from the fields of one closed CIN census element. A builder returns
 * null when the record's key is missing or invalid (already reported). Nested records
 * are built before their Child closes, so `laChildId` and `referralDate` are filled in by
 * the caller once the Child and CINdetails are complete.
 */
import type {
  AssessmentRecord,
  ChildRecord,
  CinPlanRecord,
  CpPlanRecord,
  ReferralRecord,
  Section47Record,
} from "../../model.ts";
import type { DraftReader } from "./element-draft.ts";

const PENDING_CHILD_ID = "";

/** Null when the child has no LAchildID (reported by the caller, who drops its records). */
export function buildChild(read: DraftReader): ChildRecord | null {
  const laChildId = read.text("LAchildID");
  if (laChildId === null) return null;
  // Schemas to 2024 call it GenderCurrent; when neither is present, report the current name.
  const sexField =
    read.text("Sex") === null && read.text("GenderCurrent") !== null ? "GenderCurrent" : "Sex";
  return {
    laChildId,
    upn: read.text("UPN"),
    dateOfBirth: read.date("PersonBirthDate"),
    sex: read.code(sexField, "sex", true),
    ethnicity: read.code("Ethnicity", "ethnicity", true),
    disabilities: read.codes("Disability", "disability"),
  };
}

export function buildReferral(read: DraftReader): ReferralRecord | null {
  const referralDate = read.keyDate("CINreferralDate");
  const source = read.code("ReferralSource", "referralSource", true);
  const primaryNeed = read.code("PrimaryNeedCode", "primaryNeed");
  const closureDate = read.date("CINclosureDate");
  const closureReason = read.code("ReasonForClosure", "reasonForClosure");
  read.checkOrder("CINreferralDate", referralDate, "CINclosureDate", closureDate);
  const nfa = read.boolean("ReferralNFA");
  if (referralDate === null) return null;
  return {
    laChildId: PENDING_CHILD_ID,
    referralDate,
    source,
    nfa,
    primaryNeed,
    closureDate,
    closureReason,
  };
}

export function buildAssessment(read: DraftReader): AssessmentRecord | null {
  const startDate = read.keyDate("AssessmentActualStartDate");
  const completionDate = read.date("AssessmentAuthorisationDate");
  read.checkOrder(
    "AssessmentActualStartDate",
    startDate,
    "AssessmentAuthorisationDate",
    completionDate,
  );
  const factors = read.codes("AssessmentFactors", "assessmentFactor");
  if (startDate === null) return null;
  return {
    laChildId: PENDING_CHILD_ID,
    kind: "single",
    startDate,
    completionDate,
    referralDate: null,
    // The CIN census has no "child seen" field; it comes from other extracts.
    childSeen: null,
    factors,
  };
}

export function buildSection47(read: DraftReader): Section47Record | null {
  const startDate = read.keyDate("S47ActualStartDate");
  const icpcTargetDate = read.date("InitialCPCtarget");
  const icpcDate = read.date("DateOfInitialCPC");
  const icpcNotRequired = read.boolean("ICPCnotRequired");
  read.checkOrder("S47ActualStartDate", startDate, "DateOfInitialCPC", icpcDate);
  if (startDate === null) return null;
  return {
    laChildId: PENDING_CHILD_ID,
    startDate,
    referralDate: null,
    icpcTargetDate,
    icpcDate,
    icpcNotRequired,
  };
}

export function buildCpPlan(read: DraftReader): CpPlanRecord | null {
  const startDate = read.keyDate("CPPstartDate");
  const endDate = read.date("CPPendDate");
  const initialCategory = read.code("InitialCategoryOfAbuse", "categoryOfAbuse", true);
  const latestCategory = read.code("LatestCategoryOfAbuse", "categoryOfAbuse", true);
  const previousPlans = read.count("NumberOfPreviousCPP");
  const reviewDates = read.dates("CPPreviewDate");
  read.checkOrder("CPPstartDate", startDate, "CPPendDate", endDate);
  if (startDate === null) return null;
  return {
    laChildId: PENDING_CHILD_ID,
    startDate,
    endDate,
    initialCategory,
    latestCategory,
    previousPlans,
    reviewDates,
  };
}

export function buildCinPlan(read: DraftReader): CinPlanRecord | null {
  const startDate = read.keyDate("CINPlanStartDate");
  const endDate = read.date("CINPlanEndDate");
  read.checkOrder("CINPlanStartDate", startDate, "CINPlanEndDate", endDate);
  if (startDate === null) return null;
  return { laChildId: PENDING_CHILD_ID, startDate, endDate };
}
