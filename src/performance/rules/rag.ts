/**
 * Red/amber/green against a target, and direction of travel against earlier periods, each
 * with the rule that fired in plain English so the Board never has to guess why a figure
 * is red. Figures are rounded to the indicator's precision *before* they are compared, so
 * the rating always agrees with the number printed next to it (79.96% shows as 80.0% and
 * meets an 80% target). Comparisons are exact (in millionths), never floating point.
 */
import type { IsoDate } from "../../calendar/index.ts";
import type { IndicatorDefinition } from "../indicators/definitions.ts";
import {
  formatDifference,
  formatTarget,
  formatTrimmed,
  formatValue,
  fromMicro,
  roundHalfUp,
  toMicro,
  type Unit,
} from "./numbers.ts";
import { type Target, type Tolerance, targetFor, toleranceWidth } from "./targets.ts";

export type Polarity = "high" | "low" | "none";

export type RagStatus = "green" | "amber" | "red" | "no_data" | "no_target";

export interface RagInput {
  /** the figure for the period; null when there were no records (denominator 0) */
  value: number | null;
  /** the target in force for the period, or null when none is set */
  target: number | null;
  /** null or absent: no amber band, anything short of the target is red */
  tolerance?: Tolerance | null;
  polarity: Polarity;
  unit: Unit;
  /** decimals shown; defaults to the engine's: 1 for percentages, 0 for counts */
  precision?: number;
}

export interface RagResult {
  status: RagStatus;
  reason: string;
}

export const NO_DATA_REASON = "No data: no records in the period";

const defaultPrecision = (unit: Unit) => (unit === "percent" ? 1 : 0);

function polarityNote(polarity: Polarity): string {
  if (polarity === "low") return " (lower is better)";
  if (polarity === "none")
    return " (no direction is better for this indicator, so higher is read as meeting it)";
  return "";
}

function describeTolerance(tolerance: Tolerance, width: number, unit: Unit, dp: number): string {
  const amount = formatTrimmed(tolerance.amount, 2);
  if (tolerance.kind === "percent") {
    return `${amount}% tolerance (${formatDifference(width, unit, dp)})`;
  }
  return unit === "percent" ? `${amount}-point tolerance` : `tolerance of ${amount}`;
}

/**
 * Green: meets the target. Amber: short of it by no more than the tolerance (inclusive:
 * exactly 5 points short of a 5-point tolerance is amber). Red: further short, or short at
 * all when there is no tolerance. "Short" means below for polarity high, above for low.
 * Polarity none is not rated unless a target exists; then it is read as higher-is-better.
 */
export function ragStatus(input: RagInput): RagResult {
  const { value, target, polarity, unit } = input;
  const dp = input.precision ?? defaultPrecision(unit);
  if (value === null) return { status: "no_data", reason: NO_DATA_REASON };
  if (target === null) {
    const reason =
      polarity === "none"
        ? "No target: no direction is better for this indicator, so it is not rated"
        : "No target: none is set for this period";
    return { status: "no_target", reason };
  }

  const shown = roundHalfUp(value, dp);
  const shownText = formatValue(shown, unit, dp);
  const targetText = `the ${formatTarget(target, unit, dp)} target`;
  const note = polarityNote(polarity);
  const lowerIsBetter = polarity === "low";
  // How far the figure falls short of the target, in millionths; <= 0 means it meets it.
  const shortfall = lowerIsBetter
    ? toMicro(shown) - toMicro(target)
    : toMicro(target) - toMicro(shown);
  if (shortfall <= 0) {
    return { status: "green", reason: `Green: ${shownText} meets ${targetText}${note}` };
  }

  const gap = `${formatDifference(fromMicro(shortfall), unit, dp)} ${lowerIsBetter ? "above" : "below"}`;
  const missed = `${shownText} is ${gap} ${targetText}`;
  const tolerance = input.tolerance ?? null;
  const width = tolerance === null ? 0 : toleranceWidth(tolerance, target);
  if (tolerance === null || toMicro(width) === 0) {
    return { status: "red", reason: `Red: ${missed}, with no tolerance${note}` };
  }
  const toleranceText = describeTolerance(tolerance, width, unit, dp);
  if (shortfall <= toMicro(width)) {
    return { status: "amber", reason: `Amber: ${missed}, within the ${toleranceText}${note}` };
  }
  return { status: "red", reason: `Red: ${missed}, beyond the ${toleranceText}${note}` };
}

/**
 * RAG for an indicator's figure in the period ending `periodEnd`, with the target step in
 * force on that date. `target` null: no target has been agreed for this indicator.
 */
export function ragForIndicator(
  definition: Pick<IndicatorDefinition, "kind" | "polarity" | "precision">,
  value: number | null,
  target: Target | null,
  periodEnd: IsoDate,
): RagResult & { targetValue: number | null } {
  const step = target === null ? null : targetFor(target, periodEnd);
  const targetValue = step === null ? null : step.value;
  const result = ragStatus({
    value,
    target: targetValue,
    tolerance: target?.tolerance ?? null,
    polarity: definition.polarity,
    unit: definition.kind,
    precision: definition.precision,
  });
  return { ...result, targetValue };
}

export type Direction = "improving" | "worsening" | "unchanged" | "not_comparable";

export interface DirectionResult {
  direction: Direction;
  /** current - previous as shown (rounded to precision); null when not comparable */
  change: number | null;
  reason: string;
}

export interface DirectionOptions {
  unit?: Unit;
  precision?: number;
  /** what `previous` is; worded into the reason */
  against?: "previous_period" | "year_earlier";
}

const AGAINST_TEXT = {
  previous_period: "the previous period",
  year_earlier: "the same period a year earlier",
} as const;

/**
 * Which way the figure moved since `previous`, by polarity. Equal at the shown precision
 * is unchanged. A move in an indicator with no better direction (polarity none) is
 * `not_comparable`: it changed, but neither way is an improvement.
 */
export function directionOfTravel(
  current: number | null,
  previous: number | null,
  polarity: Polarity,
  options: DirectionOptions = {},
): DirectionResult {
  const unit = options.unit ?? "percent";
  const dp = options.precision ?? defaultPrecision(unit);
  const against = AGAINST_TEXT[options.against ?? "previous_period"];
  if (current === null) {
    return {
      direction: "not_comparable",
      change: null,
      reason: "Not comparable: no data for this period",
    };
  }
  if (previous === null) {
    return {
      direction: "not_comparable",
      change: null,
      reason: `Not comparable: no data for ${against}`,
    };
  }

  const now = roundHalfUp(current, dp);
  const then = roundHalfUp(previous, dp);
  const diff = toMicro(now) - toMicro(then);
  const nowText = formatValue(now, unit, dp);
  const thenText = formatValue(then, unit, dp);
  if (diff === 0) {
    return {
      direction: "unchanged",
      change: 0,
      reason: `Unchanged: ${nowText}, the same as ${against}`,
    };
  }

  const moved = `${diff > 0 ? "up" : "down"} ${formatDifference(fromMicro(Math.abs(diff)), unit, dp)} from ${thenText} in ${against}`;
  const change = fromMicro(diff);
  if (polarity === "none") {
    return {
      direction: "not_comparable",
      change,
      reason: `No better direction: ${nowText}, ${moved}; neither way is an improvement for this indicator`,
    };
  }
  const improving = diff > 0 === (polarity === "high");
  const label = improving ? "Improving" : "Worsening";
  const note = polarity === "low" ? " (lower is better)" : "";
  return {
    direction: improving ? "improving" : "worsening",
    change,
    reason: `${label}: ${nowText}, ${moved}${note}`,
  };
}

/** Direction of travel against the previous period and against the same period a year earlier. */
export function travel(input: {
  current: number | null;
  previous: number | null;
  yearEarlier: number | null;
  polarity: Polarity;
  unit: Unit;
  precision?: number;
}): { sincePreviousPeriod: DirectionResult; sinceYearEarlier: DirectionResult } {
  const { current, polarity, unit, precision } = input;
  const base = precision === undefined ? { unit } : { unit, precision };
  return {
    sincePreviousPeriod: directionOfTravel(current, input.previous, polarity, {
      ...base,
      against: "previous_period",
    }),
    sinceYearEarlier: directionOfTravel(current, input.yearEarlier, polarity, {
      ...base,
      against: "year_earlier",
    }),
  };
}
