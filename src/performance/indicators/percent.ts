/**
 * `per * numerator / denominator` to one decimal place, rounded half up on the exact
 * fraction (spec: 13/16 = 81.25 gives 81.3). Done in integers because binary floating
 * point cannot hold 81.25-style halves reliably after division (toFixed would misround).
 */
export function ratioValue(numerator: number, denominator: number, per: number): number | null {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError(`Counts must be whole numbers: ${numerator}/${denominator}`);
  }
  if (!Number.isSafeInteger(per) || per <= 0) throw new RangeError(`Bad scale: ${per}`);
  if (numerator < 0 || denominator < 0) throw new RangeError("Counts cannot be negative");
  if (denominator === 0) return null;
  // tenths, half up: floor(10 per n/d + 1/2) = floor((20 per n + d) / 2d)
  const dividend = 20 * per * numerator + denominator;
  if (!Number.isSafeInteger(dividend)) throw new RangeError("Counts too large");
  const divisor = 2 * denominator;
  const tenths = (dividend - (dividend % divisor)) / divisor;
  return tenths / 10;
}

/** `100 * numerator / denominator` to one decimal place, half up; null when denominator is 0. */
export function percentValue(numerator: number, denominator: number): number | null {
  return ratioValue(numerator, denominator, 100);
}
