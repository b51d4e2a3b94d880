import type { CaseRecordType } from "../../model.ts";
import { RECORD_TABLES } from "../../record-tables.ts";

/** Every record type a canonical file can hold, in RECORD_TABLES order. */
export const RECORD_TYPES = Object.keys(RECORD_TABLES) as CaseRecordType[];

/** What a record of each type is, in words a performance officer uses. */
export const RECORD_LABELS: Record<CaseRecordType, string> = {
  child: "child",
  referral: "referral",
  assessment: "assessment",
  section47: "section 47 enquiry",
  cp_plan: "child protection plan",
  cin_plan: "child in need plan",
  lac_episode: "looked-after episode",
  lac_review: "looked-after review",
  missing_episode: "missing episode",
  care_leaver: "care leaver",
  health_check: "health check",
  contact: "contact",
  early_help: "early help assessment",
  visit: "visit",
  staff: "staff member",
  allocation: "allocation",
};

/**
 * The record type a `record_type` cell names, or null. Trimmed and case-insensitive:
 * a spreadsheet's autocorrect turning "referral" into "Referral" should not sink a file.
 */
export function recordTypeOf(cell: string | undefined): CaseRecordType | null {
  const name = (cell ?? "").trim().toLowerCase();
  return Object.hasOwn(RECORD_TABLES, name) ? (name as CaseRecordType) : null;
}

/** The header name that must open every canonical file. */
export const RECORD_TYPE_COLUMN = "record_type";

/** A header cell as matched against column names: trimmed, lower case. */
export function normaliseColumnName(cell: string): string {
  return cell.trim().toLowerCase();
}

/** Why a key column matters, for messages: "it identifies" or "with X it identifies". */
export function identifies(type: CaseRecordType, column: string): string {
  const others = RECORD_TABLES[type].key.filter((key) => key !== column);
  const together = others.length === 0 ? "" : ` with ${others.join(" and ")}`;
  return `it identifies the ${RECORD_LABELS[type]}${together}`;
}
