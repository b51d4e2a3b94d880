/**
 * XmR (individuals) charts as NHS England's "Making Data Count" draws them, so the Board
 * can tell a real change from month-to-month noise instead of reacting to every wobble.
 *
 * Per segment (the whole series, or the stretch between rebasing dates):
 *   mean, moving ranges |x_i - x_(i-1)|, their average (mR-bar),
 *   process limits      mean +/- 2.66 * mR-bar   (3 sigma, since sigma ~ mR-bar / 1.128),
 *   "near" limits       mean +/- (2/3) * 2.66 * mR-bar   (2 sigma).
 * Moving ranges are not screened for outliers: that is the Making Data Count
 * spreadsheet's default, and the figures must match what analysts get there.
 *
 * Special-cause rules, each applied within one segment only:
 *   beyond_limits  a point strictly above the upper or below the lower process limit;
 *   shift          7 or more consecutive points on the same side of the mean (a point
 *                  exactly on the mean breaks the run); every point of the run is flagged;
 *   trend          7 or more consecutive points each strictly higher (or lower) than the
 *                  one before (an equal value breaks the run); every point is flagged;
 *   two_of_three   2 of 3 consecutive points strictly beyond the same near limit; the
 *                  points beyond it are flagged (a point back near the mean is not).
 * A point's variation comes from the first rule that flagged it in that order (a point
 * outside the limits says more than its place in a run), and the side it signals: high
 * is improvement for polarity high, concern for low, and "neither" for polarity none.
 * (The top of a rise-then-fall belongs to both trends; it takes the one listed first.)
 *
 * Missing values (null) are left out: they get no moving range and break no run, the
 * points either side are treated as consecutive, and the point says so in its note.
 */
import { type IsoDate, toDayNumber } from "../../calendar/index.ts";
import { formatFixed, formatTarget, type Unit } from "./numbers.ts";
import type { Polarity } from "./rag.ts";

export interface SpcInputPoint {
  period: IsoDate;
  value: number | null;
}

export type SpcRule = "beyond_limits" | "two_of_three" | "shift" | "trend";
export type Side = "high" | "low";
export type Variation =
  | "special_cause_improvement"
  | "special_cause_concern"
  | "special_cause_neither"
  | "common_cause"
  | "no_data";

export interface SpcSignal {
  rule: SpcRule;
  side: Side;
}

export interface SpcSegment {
  /** period of its first point; equal to or after the change point that opened it */
  from: IsoDate;
  to: IsoDate;
  /** positions in the input, inclusive */
  startIndex: number;
  endIndex: number;
  /** non-null points */
  count: number;
  mean: number | null;
  averageMovingRange: number | null;
  upperProcessLimit: number | null;
  lowerProcessLimit: number | null;
  upperNearLimit: number | null;
  lowerNearLimit: number | null;
  /** set when limits are missing or rest on fewer than {@link MIN_POINTS_FOR_LIMITS} points */
  warning: string | null;
}

export interface SpcPoint {
  period: IsoDate;
  value: number | null;
  /** index into `segments` */
  segment: number;
  movingRange: number | null;
  signals: SpcSignal[];
  variation: Variation;
  note: string;
}

export interface SpcChart {
  points: SpcPoint[];
  segments: SpcSegment[];
  warnings: string[];
}

export interface SpcOptions {
  polarity: Polarity;
  /** rebase dates: a new segment starts at the first point on or after each */
  changePoints?: readonly IsoDate[];
}

/** The constant that turns mR-bar into 3 sigma (3 / 1.128, as Making Data Count rounds it). */
export const LIMIT_FACTOR = 2.66;
export const RUN_LENGTH = 7;
export const MIN_POINTS_FOR_LIMITS = 12;

const RULE_ORDER: readonly SpcRule[] = ["beyond_limits", "two_of_three", "shift", "trend"];

/**
 * Sign of a - b, treating differences within floating-point noise as equal: the mean of
 * 0.1, 0.2, 0.3 is 0.20000000000000004, and 0.2 must count as on it, not below it.
 */
function compare(a: number, b: number): -1 | 0 | 1 {
  const eps = 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a - b > eps ? 1 : b - a > eps ? -1 : 0;
}

function validate(points: readonly SpcInputPoint[]): void {
  let previous = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    const day = toDayNumber(p.period);
    if (day <= previous) throw new RangeError(`Periods must be strictly increasing: ${p.period}`);
    previous = day;
    if (p.value !== null && !Number.isFinite(p.value)) {
      throw new RangeError(`Not a finite value for ${p.period}: ${p.value}`);
    }
  }
}

interface Present {
  index: number;
  value: number;
}

/** Splits input positions into segments at the change points; empty stretches vanish. */
function segmentRanges(points: readonly SpcInputPoint[], changePoints: readonly IsoDate[]) {
  const cuts = changePoints.map(toDayNumber);
  const ranges: { start: number; end: number }[] = [];
  let key = -1;
  points.forEach((p, i) => {
    const day = toDayNumber(p.period);
    const k = cuts.filter((c) => c <= day).length;
    const last = ranges.at(-1);
    if (last === undefined || k !== key) ranges.push({ start: i, end: i });
    else last.end = i;
    key = k;
  });
  return ranges;
}

function segmentStats(points: readonly SpcInputPoint[], start: number, end: number) {
  const present: Present[] = [];
  for (let i = start; i <= end; i++) {
    const value = points[i]?.value ?? null;
    if (value !== null) present.push({ index: i, value });
  }
  const movingRanges = new Map<number, number>();
  for (let k = 1; k < present.length; k++) {
    const [a, b] = [present[k - 1], present[k]];
    if (a && b) movingRanges.set(b.index, Math.abs(b.value - a.value));
  }
  const sum = (xs: Iterable<number>) => [...xs].reduce((s, x) => s + x, 0);
  const mean = present.length === 0 ? null : sum(present.map((p) => p.value)) / present.length;
  const mrBar = movingRanges.size === 0 ? null : sum(movingRanges.values()) / movingRanges.size;
  return { present, movingRanges, mean, mrBar };
}

/** Flags every point of a run (going one way: `sign` non-zero) when it is long enough. */
function flagRun(
  flags: Map<number, SpcSignal[]>,
  run: readonly Present[],
  sign: number,
  signal: SpcSignal,
): void {
  if (sign === 0 || run.length < RUN_LENGTH) return;
  for (const p of run) flags.get(p.index)?.push(signal);
}

function applyRules(present: Present[], segment: SpcSegment, flags: Map<number, SpcSignal[]>) {
  const { mean, upperProcessLimit: upl, lowerProcessLimit: lpl } = segment;
  const { upperNearLimit: unl, lowerNearLimit: lnl } = segment;
  if (mean === null || upl === null || lpl === null || unl === null || lnl === null) return;

  for (const p of present) {
    if (compare(p.value, upl) > 0)
      flags.get(p.index)?.push({ rule: "beyond_limits", side: "high" });
    if (compare(p.value, lpl) < 0) flags.get(p.index)?.push({ rule: "beyond_limits", side: "low" });
  }

  // two of three: each window of three consecutive points, each side separately
  for (let k = 0; k + 2 < present.length; k++) {
    const window = present.slice(k, k + 3);
    for (const side of ["high", "low"] as const) {
      const beyond = window.filter((p) =>
        side === "high" ? compare(p.value, unl) > 0 : compare(p.value, lnl) < 0,
      );
      if (beyond.length < 2) continue;
      for (const p of beyond) {
        const list = flags.get(p.index);
        if (list && !list.some((s) => s.rule === "two_of_three" && s.side === side)) {
          list.push({ rule: "two_of_three", side });
        }
      }
    }
  }

  // shift: maximal runs of points strictly on one side of the mean
  let run: Present[] = [];
  let runSide = 0;
  const endShift = () =>
    flagRun(flags, run, runSide, { rule: "shift", side: runSide > 0 ? "high" : "low" });
  for (const p of present) {
    const side = compare(p.value, mean);
    if (side !== 0 && side === runSide) {
      run.push(p);
      continue;
    }
    endShift();
    [run, runSide] = side === 0 ? [[], 0] : [[p], side];
  }
  endShift();

  // trend: maximal runs in which every step goes the same way; a run that ends at a
  // turning point shares that point with the next run (1 2 3 2 1: up 1-3, down 3-1)
  run = [];
  let direction = 0;
  const endTrend = () =>
    flagRun(flags, run, direction, { rule: "trend", side: direction > 0 ? "high" : "low" });
  for (const p of present) {
    const prev = run.at(-1);
    if (prev === undefined) {
      run = [p];
      continue;
    }
    const step = compare(p.value, prev.value);
    if (step !== 0 && (direction === 0 || step === direction)) {
      run.push(p);
      direction = step;
      continue;
    }
    endTrend();
    [run, direction] = step === 0 ? [[p], 0] : [[prev, p], step];
  }
  endTrend();
}

function variationOf(signals: SpcSignal[], polarity: Polarity): Variation {
  const first = RULE_ORDER.map((rule) => signals.find((s) => s.rule === rule)).find(Boolean);
  if (first === undefined) return "common_cause";
  if (polarity === "none") return "special_cause_neither";
  return (first.side === "high") === (polarity === "high")
    ? "special_cause_improvement"
    : "special_cause_concern";
}

const RULE_TEXT: Record<SpcRule, Record<Side, string>> = {
  beyond_limits: {
    high: "above the upper process limit",
    low: "below the lower process limit",
  },
  two_of_three: {
    high: "2 of 3 points in a row close to the upper process limit",
    low: "2 of 3 points in a row close to the lower process limit",
  },
  shift: {
    high: `part of a run of ${RUN_LENGTH} or more points above the mean (shift)`,
    low: `part of a run of ${RUN_LENGTH} or more points below the mean (shift)`,
  },
  trend: {
    high: `part of a run of ${RUN_LENGTH} or more points each higher than the last (trend)`,
    low: `part of a run of ${RUN_LENGTH} or more points each lower than the last (trend)`,
  },
};

const VARIATION_TEXT: Record<Exclude<Variation, "no_data">, string> = {
  special_cause_improvement: "Special cause variation, improvement",
  special_cause_concern: "Special cause variation, concern",
  special_cause_neither: "Special cause variation (neither improvement nor concern)",
  common_cause: "Common cause variation",
};

function noteFor(point: Omit<SpcPoint, "note">, limitsMissing: boolean): string {
  if (point.value === null) {
    return "No value for this period: left out of the mean and limits; the points either side are treated as consecutive";
  }
  if (limitsMissing) return "Limits cannot be calculated for this segment: fewer than 2 values";
  if (point.variation === "no_data") return "";
  const reasons = point.signals.map((s) => RULE_TEXT[s.rule][s.side]);
  const text = VARIATION_TEXT[point.variation];
  return reasons.length === 0 ? text : `${text}: ${reasons.join("; ")}`;
}

/** The XmR chart of `points` (in period order, one per period). */
export function xmrChart(points: readonly SpcInputPoint[], options: SpcOptions): SpcChart {
  validate(points);
  const segments: SpcSegment[] = [];
  const out: SpcPoint[] = [];

  for (const { start, end } of segmentRanges(points, options.changePoints ?? [])) {
    const { present, movingRanges, mean, mrBar } = segmentStats(points, start, end);
    const width = mrBar === null || mean === null ? null : LIMIT_FACTOR * mrBar;
    const near = width === null ? null : (2 / 3) * width;
    const from = points[start]?.period ?? "";
    const segment: SpcSegment = {
      from,
      to: points[end]?.period ?? "",
      startIndex: start,
      endIndex: end,
      count: present.length,
      mean,
      averageMovingRange: mrBar,
      upperProcessLimit: mean === null || width === null ? null : mean + width,
      lowerProcessLimit: mean === null || width === null ? null : mean - width,
      upperNearLimit: mean === null || near === null ? null : mean + near,
      lowerNearLimit: mean === null || near === null ? null : mean - near,
      warning: null,
    };
    if (width === null) {
      segment.warning = `Only ${present.length} value(s) from ${from}: limits cannot be calculated`;
    } else if (present.length < MIN_POINTS_FOR_LIMITS) {
      segment.warning = `Only ${present.length} values from ${from}: limits are unreliable until there are at least ${MIN_POINTS_FOR_LIMITS}`;
    }

    const flags = new Map<number, SpcSignal[]>(present.map((p) => [p.index, []]));
    applyRules(present, segment, flags);
    const segmentIndex = segments.length;
    segments.push(segment);

    for (let i = start; i <= end; i++) {
      const input = points[i];
      if (input === undefined) continue;
      const signals = flags.get(i) ?? [];
      const point = {
        period: input.period,
        value: input.value,
        segment: segmentIndex,
        movingRange: movingRanges.get(i) ?? null,
        signals,
        variation:
          input.value === null ? ("no_data" as const) : variationOf(signals, options.polarity),
      };
      out.push({ ...point, note: noteFor(point, width === null) });
    }
  }

  const warnings = segments.flatMap((s) => (s.warning === null ? [] : [s.warning]));
  return { points: out, segments, warnings };
}

export type AssuranceKind =
  | "consistently_passing"
  | "consistently_failing"
  | "hit_and_miss"
  | "not_applicable";

export interface AssuranceResult {
  assurance: AssuranceKind;
  reason: string;
  /** the latest segment's warning, if its limits are unreliable */
  warning: string | null;
}

export interface AssuranceOptions {
  changePoints?: readonly IsoDate[];
  unit?: Unit;
  precision?: number;
}

/**
 * Will the process, as it stands, meet the target? Read from the latest segment's process
 * limits, per Making Data Count: a target beyond the limits on the good side is met every
 * time (consistently passing), beyond them on the bad side never (consistently failing),
 * and a target between the limits (inclusive) is met some months and missed others.
 * Polarity none has no good side, so no assurance.
 */
export function assurance(
  points: readonly SpcInputPoint[],
  target: number | null,
  polarity: Polarity,
  options: AssuranceOptions = {},
): AssuranceResult {
  const unit = options.unit ?? "percent";
  const dp = options.precision ?? (unit === "percent" ? 1 : 0);
  const chart = xmrChart(points, {
    polarity,
    ...(options.changePoints ? { changePoints: options.changePoints } : {}),
  });
  const latest = chart.segments.at(-1);
  const warning = latest?.warning ?? null;
  const na = (reason: string): AssuranceResult => ({
    assurance: "not_applicable",
    reason,
    warning,
  });
  if (polarity === "none") return na("No assurance: no direction is better for this indicator");
  if (target === null) return na("No assurance: no target is set");
  const upl = latest?.upperProcessLimit ?? null;
  const lpl = latest?.lowerProcessLimit ?? null;
  if (latest === undefined || upl === null || lpl === null) {
    return na("No assurance: the process limits cannot be calculated yet");
  }

  const show = (x: number) => (unit === "percent" ? `${formatFixed(x, dp)}%` : formatFixed(x, dp));
  const targetText = `the ${formatTarget(target, unit, dp)} target`;
  const limits = `process limits ${show(lpl)} to ${show(upl)}`;
  const belowAll = compare(target, lpl) < 0;
  const aboveAll = compare(target, upl) > 0;
  if (!belowAll && !aboveAll) {
    return {
      assurance: "hit_and_miss",
      reason: `Hit and miss: ${targetText} is within the ${limits}, so it will be met in some periods and missed in others`,
      warning,
    };
  }
  // For polarity high a target below every likely value is met every time; for low, above.
  const passing = polarity === "high" ? belowAll : aboveAll;
  const where = belowAll ? "below the lower" : "above the upper";
  return passing
    ? {
        assurance: "consistently_passing",
        reason: `Consistently passing: ${targetText} is ${where} process limit (${limits}), so it will be met every period unless the process changes`,
        warning,
      }
    : {
        assurance: "consistently_failing",
        reason: `Consistently failing: ${targetText} is ${where} process limit (${limits}), so it will not be met unless the process changes`,
        warning,
      };
}
