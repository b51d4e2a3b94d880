/**
 * Turns one CSWWWorker's fields into a canonical staff record, reporting what is wrong
 * with it. Every problem in the worker is reported, even when it cannot be loaded, so a
 * council can fix its return in one pass.
 */
import type { IsoDate, StaffRecord } from "../../model.ts";
import { parseAgencyFlag, roleLabel } from "./csww-codes.ts";
import { DraftReader, type ElementDraft, type Report, shown } from "./csww-draft.ts";
import { censusYearStart, parseFte } from "./csww-values.ts";

export interface WorkerContext {
  report: Report;
  /** The census date from the header, when known: dates are checked against its year. */
  referenceDate: IsoDate | null;
  /** The line of the worker that first used each SWENo in this file. */
  seenIds: Map<string, number>;
}

export function readWorker(draft: ElementDraft, context: WorkerContext): StaffRecord | null {
  const read = new DraftReader(draft, context.report);
  // The Social Work England registration number is the census's only worker identifier,
  // and the one other extracts (allocations, the canonical staff CSV) can refer to.
  const staffId = read.text("SWENo");
  if (staffId === null) {
    read.report(
      "error",
      "CSWW_MISSING_MANDATORY",
      "This worker has no SWENo (Social Work England registration number), so it was not loaded.",
      read.at("SWENo"),
    );
  }
  const agency = readAgency(read);
  const fte = readFte(read);
  const role = readRole(read);
  const startDate = read.date("RoleStartDate");
  const leaveDate = read.date("RoleEndDate");
  checkOrder(read, startDate, leaveDate);
  if (context.referenceDate !== null) {
    checkCensusYear(read, context.referenceDate, startDate, leaveDate);
  }
  if (staffId === null) return null;
  checkDuplicate(read, staffId, draft.line, context.seenIds);
  return {
    staffId,
    // The census does not record teams.
    teamName: null,
    role,
    fte,
    agency,
    // The census has no qualification or ASYE start dates (CFKSSstatus says only whether
    // someone is in their ASYE, not since when), so these come from other extracts.
    qualifiedDate: null,
    asyeStartDate: null,
    startDate,
    leaveDate,
  };
}

function readAgency(read: DraftReader): boolean | null {
  const value = read.text("AgencyWorker");
  if (value === null) return null;
  const flag = parseAgencyFlag(value);
  if (flag === null) {
    read.report(
      "warning",
      "CSWW_UNKNOWN_CODE",
      `AgencyWorker ${shown(value)} is not 0 (employed) or 1 (agency); whether this is an agency worker is treated as not recorded.`,
      read.at("AgencyWorker"),
    );
  }
  return flag;
}

function readFte(read: DraftReader): number | null {
  const value = read.text("FTE");
  if (value === null) return null;
  const fte = parseFte(value);
  if (fte === null) {
    read.report(
      "error",
      "CSWW_NUMBER_INVALID",
      `FTE ${shown(value)} is not a number from 0 to 1 (a full-time equivalent such as 0.5), so it was left blank.`,
      read.at("FTE"),
    );
  }
  return fte;
}

/** An unknown role is kept as its code, so nothing supplied is lost. */
function readRole(read: DraftReader): string | null {
  const code = read.text("OrgRole");
  if (code === null) return null;
  const label = roleLabel(code);
  if (label !== null) return label;
  read.report(
    "warning",
    "CSWW_UNKNOWN_CODE",
    `OrgRole ${shown(code)} is not a role code in the workforce census (1 to 6); the code is kept as the role.`,
    read.at("OrgRole"),
  );
  return code;
}

/** Both dates are kept: the record is still the council's, and the warning says what to fix. */
function checkOrder(read: DraftReader, start: IsoDate | null, end: IsoDate | null): void {
  if (start === null || end === null || end >= start) return;
  read.report(
    "warning",
    "CSWW_END_BEFORE_START",
    `RoleEndDate ${end} is before RoleStartDate ${start} for this worker; it is left out of measures that time their service.`,
    read.at("RoleEndDate"),
  );
}

/**
 * The census covers the year to its census date: nobody in it can start or leave after
 * that date, and a leaver belongs to the year they left in. Such dates usually mean the
 * return was built from the wrong period.
 */
function checkCensusYear(
  read: DraftReader,
  referenceDate: IsoDate,
  start: IsoDate | null,
  end: IsoDate | null,
): void {
  if (start !== null && start > referenceDate) {
    read.report(
      "warning",
      "CSWW_DATE_OUTSIDE_YEAR",
      `RoleStartDate ${start} is after the census date ${referenceDate}; someone who starts after it belongs in next year's return.`,
      read.at("RoleStartDate"),
    );
  }
  if (end === null) return;
  if (end > referenceDate) {
    read.report(
      "warning",
      "CSWW_DATE_OUTSIDE_YEAR",
      `RoleEndDate ${end} is after the census date ${referenceDate}; the census only records leavers up to that date.`,
      read.at("RoleEndDate"),
    );
  } else {
    const yearStart = censusYearStart(referenceDate);
    if (end < yearStart) {
      read.report(
        "warning",
        "CSWW_DATE_OUTSIDE_YEAR",
        `RoleEndDate ${end} is before this census year began on ${yearStart}; the census only records workers who left during the year.`,
        read.at("RoleEndDate"),
      );
    }
  }
}

/** Staff are keyed by SWENo, so a second worker with the same one replaces the first. */
function checkDuplicate(
  read: DraftReader,
  staffId: string,
  line: number,
  seenIds: Map<string, number>,
): void {
  const first = seenIds.get(staffId);
  if (first === undefined) {
    seenIds.set(staffId, line);
    return;
  }
  read.report(
    "warning",
    "CSWW_DUPLICATE_WORKER",
    `SWENo ${shown(staffId)} was already given to the worker at line ${first}; Waymark keeps one record per SWENo, so this later one replaces it.`,
    read.at("SWENo"),
  );
}
