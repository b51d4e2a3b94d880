/**
 * Number helpers shared by the rules: half-up rounding on the decimal a person reads, and
 * the display forms the Board sees. Binary floating point cannot hold 4.165 or 80.05
 * exactly (4.165 is stored as 4.16499999...), so rounding first snaps to 15 significant
 * digits, which recovers the decimal the figure was written as, and only then rounds.
 */

/** Rounds half away from zero ("half up" for the positive figures the Board reads). */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`Not a finite number: ${x}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`Unsupported number of decimals: ${decimals}`);
  }
  const scale = 10 ** decimals;
  // Two snaps: the value as written (4.165), then the scaled value (416.5, not 416.4999...).
  const scaled = Number((Number(Math.abs(x).toPrecision(15)) * scale).toPrecision(15));
  const rounded = Math.floor(scaled + 0.5) / scale;
  // `|| 0` turns -0 into 0 so nothing ever prints "-0.0".
  return (x < 0 ? -rounded : rounded) || 0;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, ",");
}

/** Fixed decimals, half up, thousands separated: 71.15 -> "71.2", 632830 -> "632,830". */
export function formatFixed(x: number, decimals: number): string {
  const text = roundHalfUp(x, decimals).toFixed(decimals);
  const negative = text.startsWith("-");
  const [whole = "", fraction] = (negative ? text.slice(1) : text).split(".");
  const grouped = groupThousands(whole) + (fraction === undefined ? "" : `.${fraction}`);
  return negative ? `-${grouped}` : grouped;
}

/**
 * At most `decimals` places with trailing zeros dropped, for targets and tolerances that
 * people write as whole numbers: 80 -> "80", 82.5 -> "82.5", 4.0 -> "4".
 */
export function formatTrimmed(x: number, decimals: number): string {
  const text = formatFixed(x, decimals);
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/**
 * A figure as an integer count of millionths, for exact comparisons: 85.1 - 80.1 is
 * 4.999999999999986 in floating point, but 85_100_000 - 80_100_000 is exactly 5_000_000.
 * Every figure here has far fewer than six decimals, so nothing real is lost.
 */
export function toMicro(x: number): number {
  return Math.round(x * 1_000_000);
}

export function fromMicro(micro: number): number {
  return micro / 1_000_000;
}

/** How a figure is shown: "71.2%" for percentages, "1,204" for counts. */
export type Unit = "percent" | "count";

export function formatValue(x: number, unit: Unit, decimals: number): string {
  return unit === "percent" ? `${formatFixed(x, decimals)}%` : formatFixed(x, decimals);
}

/** Targets keep only the decimals they were set with: "80%", "82.5%", "120". */
export function formatTarget(x: number, unit: Unit, decimals: number): string {
  return unit === "percent" ? `${formatTrimmed(x, decimals)}%` : formatTrimmed(x, decimals);
}

/** A difference: "8.8 points" for percentages (percentage points), "30" for counts. */
export function formatDifference(x: number, unit: Unit, decimals: number): string {
  const text = formatFixed(x, decimals);
  if (unit === "count") return text;
  return `${text} ${text === "1" ? "point" : "points"}`;
}
