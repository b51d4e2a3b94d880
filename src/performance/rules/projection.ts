/**
 * "Are we on track to meet the target by the date in the notice?" A least-squares straight
 * line through the last N monthly figures, carried forward to the target date, with a 95%
 * prediction interval (where a single future month's figure would fall if the line held):
 *
 *   slope b = Sxy / Sxx,  intercept a = y-bar - b * x-bar,  s^2 = SSE / (n - 2),
 *   at x0:  y0 = a + b * x0,  y0 +/- t(0.975, n - 2) * s * sqrt(1 + 1/n + (x0 - x-bar)^2 / Sxx)
 *
 * x counts calendar months, so a missing month leaves a gap in x rather than squeezing the
 * line. Likely: the whole interval meets the target; unlikely: none of it does; otherwise
 * possible. A straight line is a crude model of a service, so the words say "trend".
 */
import { type IsoDate, parseIsoDate } from "../../calendar/index.ts";
import {
  formatFixed,
  formatTarget,
  formatValue,
  roundHalfUp,
  toMicro,
  type Unit,
} from "./numbers.ts";
import type { Polarity } from "./rag.ts";

/** t(0.975, df) for df = 1..30 (6 decimals). */
const T_975 = [
  12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157,
  2.228139, 2.200985, 2.178813, 2.160369, 2.144787, 2.13145, 2.119905, 2.109816, 2.100922, 2.093024,
  2.085963, 2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.04523,
  2.042272,
] as const;

const Z_975 = 1.959963984540054;

/**
 * The 97.5th percentile of Student's t with `df` degrees of freedom: the multiplier for a
 * two-sided 95% interval. A table up to 30; beyond it the Cornish-Fisher expansion in 1/df,
 * which is within 1e-7 of the exact value from df = 30 on and converges to z = 1.96.
 */
export function tQuantile975(df: number): number {
  if (!Number.isInteger(df) || df < 1) throw new RangeError(`Degrees of freedom: ${df}`);
  const tabled = T_975[df - 1];
  if (tabled !== undefined) return tabled;
  const z = Z_975;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  const g4 = (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

export type OnTrack = "likely" | "possible" | "unlikely" | "insufficient_data";

export interface ProjectionInput {
  /** monthly figures in period order, at most one per calendar month */
  points: readonly { period: IsoDate; value: number | null }[];
  targetDate: IsoDate;
  target: number;
  polarity: Polarity;
  unit?: Unit;
  precision?: number;
  /** how many months back from the latest point to fit (default 12) */
  window?: number;
  /** fewest values worth fitting a line to (default 6, at least 3) */
  minPoints?: number;
}

export interface Projection {
  projected: number | null;
  low: number | null;
  high: number | null;
  onTrack: OnTrack;
  reason: string;
  /** change per month of the fitted line */
  slopePerMonth: number | null;
  /** values the line was fitted to */
  pointsUsed: number;
}

const monthIndex = (date: IsoDate) => {
  const { year, month } = parseIsoDate(date);
  return year * 12 + month - 1;
};

interface Fit {
  intercept: number;
  slope: number;
  n: number;
  xBar: number;
  sxx: number;
  s: number;
}

function fitLine(xs: readonly number[], ys: readonly number[]): Fit {
  const n = xs.length;
  const xBar = xs.reduce((a, b) => a + b, 0) / n;
  const yBar = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - xBar) ** 2;
    sxy += (x - xBar) * ((ys[i] ?? 0) - yBar);
  });
  const slope = sxy / sxx;
  const intercept = yBar - slope * xBar;
  const sse = xs.reduce((acc, x, i) => acc + ((ys[i] ?? 0) - intercept - slope * x) ** 2, 0);
  return { intercept, slope, n, xBar, sxx, s: Math.sqrt(sse / (n - 2)) };
}

/** Projects the recent trend to the target date and says whether the target is in reach. */
export function projectToTarget(input: ProjectionInput): Projection {
  const unit = input.unit ?? "percent";
  const dp = input.precision ?? (unit === "percent" ? 1 : 0);
  const window = input.window ?? 12;
  const minPoints = input.minPoints ?? 6;
  if (!Number.isInteger(window) || window < 3) throw new RangeError(`Window: ${window}`);
  if (!Number.isInteger(minPoints) || minPoints < 3 || minPoints > window) {
    throw new RangeError(`Minimum points: ${minPoints}`);
  }

  let previous = Number.NEGATIVE_INFINITY;
  for (const p of input.points) {
    const m = monthIndex(p.period);
    if (m <= previous) throw new RangeError(`One figure per month, in order: ${p.period}`);
    previous = m;
  }
  const latest = input.points.at(-1);
  const used = input.points.filter(
    (p): p is { period: IsoDate; value: number } =>
      p.value !== null &&
      latest !== undefined &&
      monthIndex(latest.period) - monthIndex(p.period) < window,
  );
  const empty = {
    projected: null,
    low: null,
    high: null,
    slopePerMonth: null,
    pointsUsed: used.length,
  };
  if (latest === undefined || used.length < minPoints) {
    return {
      ...empty,
      onTrack: "insufficient_data",
      reason: `Not enough data: ${used.length} monthly value(s) in the last ${window} months; a trend needs at least ${minPoints}`,
    };
  }

  // x in months relative to the latest point keeps the numbers small
  const origin = monthIndex(latest.period);
  const fit = fitLine(
    used.map((p) => monthIndex(p.period) - origin),
    used.map((p) => p.value),
  );
  const x0 = monthIndex(input.targetDate) - origin;
  const centre = fit.intercept + fit.slope * x0;
  const halfWidth =
    tQuantile975(fit.n - 2) * fit.s * Math.sqrt(1 + 1 / fit.n + (x0 - fit.xBar) ** 2 / fit.sxx);

  // A percentage cannot leave 0-100 and a count cannot go below 0, whatever the line says.
  const max = unit === "percent" ? 100 : Number.POSITIVE_INFINITY;
  const clamp = (v: number) => Math.min(max, Math.max(0, v));
  const [projected, low, high] = [
    clamp(centre),
    clamp(centre - halfWidth),
    clamp(centre + halfWidth),
  ];

  // Read the interval as it will be printed (rounded), like the RAG rating.
  const meets = (v: number) => {
    const d = toMicro(roundHalfUp(v, dp)) - toMicro(input.target);
    return input.polarity === "low" ? d <= 0 : d >= 0;
  };
  const [worst, best] = input.polarity === "low" ? [high, low] : [low, high];
  const onTrack: OnTrack = meets(worst) ? "likely" : meets(best) ? "possible" : "unlikely";

  const show = (v: number) => formatValue(v, unit, dp);
  const slopeText = formatFixed(Math.abs(fit.slope), dp + 1);
  const perMonth =
    toMicro(roundHalfUp(fit.slope, dp + 1)) === 0
      ? "flat"
      : `${fit.slope > 0 ? "up" : "down"} ${slopeText}${unit === "percent" ? " points" : ""} a month`;
  const targetText = `the ${formatTarget(input.target, unit, dp)} target`;
  const side = input.polarity === "low" ? "at or below" : "at or above";
  const verdict = {
    likely: `Likely: all of it is ${side} ${targetText}`,
    possible: `Possible: the range spans ${targetText}`,
    unlikely: `Unlikely: none of it is ${side} ${targetText}`,
  }[onTrack];
  const passed =
    x0 <= 0
      ? " (the target date is not after the latest figure, so this is the trend line, not a forecast)"
      : "";
  const clamped =
    projected !== centre || low !== centre - halfWidth || high !== centre + halfWidth
      ? ` (the line was cut at ${unit === "percent" ? "0% and 100%" : "0"})`
      : "";
  return {
    projected,
    low,
    high,
    onTrack,
    slopePerMonth: fit.slope,
    pointsUsed: fit.n,
    reason: `${verdict}. The trend over ${fit.n} monthly values (${perMonth}) projects ${show(projected)} by ${input.targetDate}, with a 95% prediction range of ${show(low)} to ${show(high)}${clamped}${passed}`,
  };
}
