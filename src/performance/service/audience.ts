/**
 * What an audience may see of a figure. Roles without `aggregate.unsuppressed` (DfE
 * observers, elected members) get counts of 1 to 5, and percentages whose numerator or its
 * complement is 1 to 5, as "c", decided here on the server so the real figure never
 * reaches their browser.
 */
import { hasPermission } from "../../platform/access/roles.ts";
import type { SignedInUser } from "../../platform/http/context.ts";
import {
  SUPPRESSED,
  type Suppressed,
  suppressCount,
  suppressPercent,
} from "../rules/suppression.ts";
import type { MonthValue } from "../status/assess.ts";

export interface Audience {
  suppressed: boolean;
  canDrillDown: boolean;
}

export function audienceOf(user: SignedInUser): Audience {
  const role = user.role;
  return {
    suppressed: !hasPermission(role, "aggregate.unsuppressed"),
    canDrillDown:
      hasPermission(role, "child.read.all") ||
      hasPermission(role, "child.read.team") ||
      hasPermission(role, "child.read.audited"),
  };
}

export interface ShownFigure {
  numerator: Suppressed;
  denominator: Suppressed | null;
  value: Suppressed | null;
  withheld: boolean;
}

/** A figure as the audience sees it. A percentage's denominator is shown unless it is small. */
export function showFigure(
  f: { numerator: number; denominator: number | null; value: number | null },
  suppressed: boolean,
): ShownFigure {
  if (!suppressed) return { ...f, withheld: false };
  if (f.denominator === null) {
    const n = suppressCount(f.numerator);
    return { numerator: n, denominator: null, value: n, withheld: n === SUPPRESSED };
  }
  const value = suppressPercent(f.numerator, f.denominator);
  const withheld = value === SUPPRESSED;
  return {
    numerator: withheld ? SUPPRESSED : f.numerator,
    denominator: suppressCount(f.denominator),
    value,
    withheld,
  };
}

/** The monthly series the audience's statistics are computed from: withheld values are null. */
export function audienceMonths(months: readonly MonthValue[], suppressed: boolean): MonthValue[] {
  if (!suppressed) return [...months];
  return months.map((m) =>
    showFigure(m, true).withheld ? { ...m, value: null, suppressed: true } : m,
  );
}
