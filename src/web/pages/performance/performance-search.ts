/** The performance pages' address parts, checked before any request is made. */
import type { Part, Series } from "./queries.ts";

export interface PerformanceSearch {
  series?: Series | undefined;
  periodEnd?: string | undefined;
  part?: Part | undefined;
}

/** A YYYY-MM-DD date, or nothing. */
export function isoDate(value: unknown): string | undefined {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** Monthly is the default, so it is left out of the address. */
export function parseSeries(value: unknown): Series | undefined {
  return value === "ytd" || value === "rolling12" ? value : undefined;
}

export function parsePart(value: unknown): Part | undefined {
  return value === "denominator" ? value : undefined;
}

/** The API's own rule for indicator ids: anything else is a page that does not exist. */
export function parseIndicatorId(value: string): string | undefined {
  return /^[a-z0-9_]{1,60}$/.test(value) ? value : undefined;
}
