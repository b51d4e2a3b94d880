import type { Period } from "./types.ts";

/** from <= date <= to, on valid ISO dates (which compare correctly as text). */
export function inPeriod(date: string, period: Period): boolean {
  return period.from <= date && date <= period.to;
}
