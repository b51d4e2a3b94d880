import type { AssessmentKind, CaseRecordType, VisitKind } from "../../model.ts";

/**
 * Columns whose values come from a fixed list. Only the two `kind` columns are closed
 * lists in the model; every other code (referral source, placement type...) is kept as
 * supplied, because councils' case systems and the DfE lists change over the years.
 */
export const CODE_LISTS: Partial<Record<CaseRecordType, Record<string, readonly string[]>>> = {
  assessment: { kind: ["single", "initial", "core"] satisfies AssessmentKind[] },
  visit: { kind: ["cp", "cin", "lac"] satisfies VisitKind[] },
};

export function codeListOf(type: CaseRecordType, column: string): readonly string[] | null {
  return CODE_LISTS[type]?.[column] ?? null;
}

/**
 * (start, end) column pairs checked for an end before its start. Whichever pair a
 * record type has is checked; no type has more than one.
 */
export const DATE_PAIRS: readonly (readonly [start: string, end: string])[] = [
  ["referral_date", "closure_date"],
  ["start_date", "completion_date"],
  ["start_date", "end_date"],
  ["decom", "dec"],
  ["start_date", "leave_date"],
];

/** List (`jsonb`) columns whose items are dates: checked, de-duplicated and sorted. */
export const DATE_LIST_COLUMNS: ReadonlySet<string> = new Set(["review_dates"]);
