/**
 * Splits an indicator's figure by the team holding each child's case. A record counts for
 * the team its child was allocated to during the period (the allocation starting last, if
 * several overlap it), so a team's numerator and denominator add up to the council's and
 * the breakdown needs no second computation. Children with no allocation in the period
 * count as "Not allocated": a team view that silently dropped them would not add up.
 */
import type { AllocationRecord } from "../../cases/model.ts";
import { percentValue } from "../indicators/percent.ts";
import type { IndicatorResult, Period } from "../indicators/types.ts";
import { childOfKey } from "./child-of-key.ts";

export const NOT_ALLOCATED = "Not allocated";

export interface BreakdownRow {
  group: string;
  numerator: number;
  denominator: number | null;
  value: number | null;
}

export type GroupOf = (laChildId: string) => string;

/** Allocations indexed by child, for repeated lookups over many periods. */
export function indexAllocations(
  allocations: readonly AllocationRecord[],
): ReadonlyMap<string, readonly AllocationRecord[]> {
  const byChild = new Map<string, AllocationRecord[]>();
  for (const a of allocations) {
    const list = byChild.get(a.laChildId);
    if (list) list.push(a);
    else byChild.set(a.laChildId, [a]);
  }
  return byChild;
}

/** The allocation in force during `period` for a child, or null. */
export function allocationDuring(
  byChild: ReadonlyMap<string, readonly AllocationRecord[]>,
  laChildId: string,
  period: Period,
): AllocationRecord | null {
  let best: AllocationRecord | null = null;
  for (const a of byChild.get(laChildId) ?? []) {
    const overlaps = a.startDate <= period.to && (a.endDate === null || a.endDate >= period.from);
    if (overlaps && (best === null || a.startDate > best.startDate)) best = a;
  }
  return best;
}

export function teamOf(
  byChild: ReadonlyMap<string, readonly AllocationRecord[]>,
  period: Period,
): GroupOf {
  return (child) => allocationDuring(byChild, child, period)?.teamName ?? NOT_ALLOCATED;
}

/** Groups an indicator result's keys; rows sorted by group name, "Not allocated" last. */
export function breakdown(result: IndicatorResult, groupOf: GroupOf): BreakdownRow[] {
  const isCount = result.denominator === null;
  const groups = new Map<string, { numerator: number; denominator: number }>();
  const tally = (keys: readonly string[], field: "numerator" | "denominator") => {
    for (const key of keys) {
      const child = childOfKey(key);
      const group = child === null ? NOT_ALLOCATED : groupOf(child);
      const entry = groups.get(group) ?? { numerator: 0, denominator: 0 };
      entry[field] += 1;
      groups.set(group, entry);
    }
  };
  tally(result.numeratorKeys, "numerator");
  if (!isCount) tally(result.denominatorKeys, "denominator");
  return [...groups.entries()]
    .sort(([a], [b]) =>
      a === NOT_ALLOCATED ? 1 : b === NOT_ALLOCATED ? -1 : a.localeCompare(b, "en-GB"),
    )
    .map(([group, t]) => ({
      group,
      numerator: t.numerator,
      denominator: isCount ? null : t.denominator,
      value: isCount ? t.numerator : percentValue(t.numerator, t.denominator),
    }));
}
