/**
 * Groups an import's problems into the data-quality headings a performance officer acts
 * on. Rule codes end in a shared suffix across formats (CIN_DATE_INVALID,
 * SSDA903_DATE_INVALID, ...), so the grouping is by suffix.
 */
import type { Problem } from "../ingest/problems.ts";

const DATE_RULES = /_(DATE_INVALID|END_BEFORE_START|DATE_FORMAT)$/;
const CODE_RULES = /_(UNKNOWN_CODE|CODE_INVALID)$/;
const MANDATORY_RULES = /_(MISSING_MANDATORY|VALUE_MISSING|MISSING_COLUMN)$/;

export function summariseProblems(problems: readonly Problem[], counts: Record<string, number>) {
  const byRule = new Map<string, { rule: string; severity: string; count: number }>();
  let dateErrors = 0;
  let unknownCodes = 0;
  let missingMandatory = 0;
  let otherErrors = 0;
  let otherWarnings = 0;
  for (const problem of problems) {
    const key = `${problem.rule}|${problem.severity}`;
    const entry = byRule.get(key) ?? { rule: problem.rule, severity: problem.severity, count: 0 };
    entry.count++;
    byRule.set(key, entry);
    if (DATE_RULES.test(problem.rule)) dateErrors++;
    else if (CODE_RULES.test(problem.rule)) unknownCodes++;
    else if (MANDATORY_RULES.test(problem.rule)) missingMandatory++;
    else if (problem.severity === "error") otherErrors++;
    else otherWarnings++;
  }
  return {
    recordsByType: counts,
    dateErrors,
    unknownCodes,
    missingMandatory,
    otherErrors,
    otherWarnings,
    byRule: [...byRule.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
  };
}
