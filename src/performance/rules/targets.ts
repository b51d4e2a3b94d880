/**
 * Targets with a trajectory: an Improvement Notice rarely asks for the final figure at
 * once, it sets steps (60% from June, 80% from December, 90% by the following June).
 * The step in force on a period's end date is what that period is rated against.
 */
import { type IsoDate, isIsoDate, toDayNumber } from "../../calendar/index.ts";
import { getDefinition, type IndicatorId, isIndicatorId } from "../indicators/definitions.ts";
import { toMicro } from "./numbers.ts";

export interface TargetStep {
  /** first date (inclusive) on which this value is the target */
  from: IsoDate;
  value: number;
}

/**
 * How far short of the target still counts as amber. `points` is absolute (5 points of a
 * percentage, or 5 referrals); `percent` is relative to the target in force (5% of 80% is
 * 4 points), as councils often set tolerances for counts.
 */
export interface Tolerance {
  kind: "points" | "percent";
  amount: number;
}

export interface Target {
  indicatorId: IndicatorId;
  steps: readonly TargetStep[];
  tolerance: Tolerance;
  /** when the final value must be met; projections aim at the step in force then */
  targetDate: IsoDate;
}

export type TargetProblemCode =
  | "TARGET_INDICATOR_UNKNOWN"
  | "TARGET_NO_STEPS"
  | "TARGET_STEP_DATE_INVALID"
  | "TARGET_STEP_DATE_DUPLICATE"
  | "TARGET_VALUE_INVALID"
  | "TARGET_VALUE_TOO_PRECISE"
  | "TARGET_TOLERANCE_INVALID"
  | "TARGET_DATE_INVALID"
  | "TARGET_DATE_BEFORE_FIRST_STEP";

export interface TargetProblem {
  code: TargetProblemCode;
  message: string;
}

/**
 * Everything wrong with a target as entered, so a performance officer can fix it in one
 * go. Step values must fit the indicator: 0-100 for percentages, whole and >= 0 for
 * counts, and no more decimals than the figure itself has (a target of 80.25% against a
 * figure shown to one decimal could never be read off the page).
 */
export function checkTarget(target: Target): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const add = (code: TargetProblemCode, message: string) => problems.push({ code, message });

  if (!isIndicatorId(target.indicatorId)) {
    add("TARGET_INDICATOR_UNKNOWN", `Unknown indicator: ${String(target.indicatorId)}`);
    return problems;
  }
  const definition = getDefinition(target.indicatorId);
  if (target.steps.length === 0) add("TARGET_NO_STEPS", "A target needs at least one step.");

  const seen = new Set<string>();
  for (const step of target.steps) {
    if (!isIsoDate(step.from)) {
      add("TARGET_STEP_DATE_INVALID", `Step start is not a YYYY-MM-DD date: ${step.from}`);
    } else if (seen.has(step.from)) {
      add("TARGET_STEP_DATE_DUPLICATE", `Two steps start on ${step.from}.`);
    }
    seen.add(step.from);

    const max = definition.kind === "percent" ? 100 : Number.MAX_SAFE_INTEGER;
    if (!Number.isFinite(step.value) || step.value < 0 || step.value > max) {
      add("TARGET_VALUE_INVALID", `Step value ${step.value} is outside 0-${max}.`);
    } else if (toMicro(step.value) % 10 ** (6 - definition.precision) !== 0) {
      add(
        "TARGET_VALUE_TOO_PRECISE",
        `Step value ${step.value} has more than ${definition.precision} decimal place(s).`,
      );
    }
  }

  const { kind, amount } = target.tolerance;
  if ((kind !== "points" && kind !== "percent") || !Number.isFinite(amount) || amount < 0) {
    add("TARGET_TOLERANCE_INVALID", `Tolerance must be points or percent, >= 0: ${kind} ${amount}`);
  }

  if (!isIsoDate(target.targetDate)) {
    add("TARGET_DATE_INVALID", `Target date is not a YYYY-MM-DD date: ${target.targetDate}`);
  } else if (problems.length === 0 && targetFor(target, target.targetDate) === null) {
    add("TARGET_DATE_BEFORE_FIRST_STEP", "The target date is before the first step starts.");
  }
  return problems;
}

/**
 * The step in force on `date`: the latest step whose `from` is on or before it. Null
 * before the first step (no target yet). Steps may be given in any order.
 */
export function targetFor(target: Target, date: IsoDate): TargetStep | null {
  const day = toDayNumber(date);
  let best: TargetStep | null = null;
  let bestDay = Number.NEGATIVE_INFINITY;
  for (const step of target.steps) {
    const from = toDayNumber(step.from);
    // `>=` so that, of two steps on one day (which checkTarget rejects), the later wins.
    if (from <= day && from >= bestDay) {
      best = step;
      bestDay = from;
    }
  }
  return best;
}

/** The value that must be met by the target date (the step in force then). */
export function finalTarget(target: Target): TargetStep | null {
  return targetFor(target, target.targetDate);
}

/** The tolerance as an absolute width around `targetValue`: 5% of 80 is 4. */
export function toleranceWidth(tolerance: Tolerance, targetValue: number): number {
  return tolerance.kind === "points"
    ? tolerance.amount
    : (tolerance.amount * Math.abs(targetValue)) / 100;
}
