/** Small helpers on ascending arrays of ISO date strings (valid ISO dates sort as text). */

/** Index of the first entry >= date (sorted.length when there is none). */
function firstAtOrAfter(sorted: readonly string[], date: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The latest entry strictly before `date`, or null. */
export function latestBefore(sorted: readonly string[], date: string): string | null {
  const i = firstAtOrAfter(sorted, date);
  return i === 0 ? null : (sorted[i - 1] as string);
}

/** The latest entry on or before `date`, or null. */
export function latestOnOrBefore(sorted: readonly string[], date: string): string | null {
  const i = firstAtOrAfter(sorted, date);
  if (i < sorted.length && sorted[i] === date) return date;
  return i === 0 ? null : (sorted[i - 1] as string);
}

/** The earliest entry on or after `date`, or null. */
export function earliestOnOrAfter(sorted: readonly string[], date: string): string | null {
  return sorted[firstAtOrAfter(sorted, date)] ?? null;
}

/** The earliest entry strictly after `date`, or null. */
export function earliestAfter(sorted: readonly string[], date: string): string | null {
  const i = firstAtOrAfter(sorted, date);
  return (sorted[i] === date ? sorted[i + 1] : sorted[i]) ?? null;
}

/** Sorted copy without duplicates. */
export function uniqueSorted(dates: Iterable<string>): string[] {
  return [...new Set(dates)].sort();
}
