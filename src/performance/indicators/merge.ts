/** Generic steps of preparing records: merge by natural key, quarantine bad dates, index by child. */
import { isIsoDate } from "../../calendar/dates.ts";
import { REASONS } from "./reasons.ts";
import type { Exclusion } from "./types.ts";

export type Keyed<T> = T & { readonly key: string };

/** Later records replace earlier ones with the same key, whole. */
export function mergeByKey<T>(records: readonly T[], keyOf: (r: T) => string): Keyed<T>[] {
  const merged = new Map<string, Keyed<T>>();
  for (const record of records) {
    const key = keyOf(record);
    merged.set(key, { ...record, key });
  }
  return [...merged.values()];
}

/** Splits records into those whose dates are all valid (or null) and exclusions. */
export function quarantine<T extends { key: string }>(
  records: readonly T[],
  datesOf: (r: T) => readonly (string | null)[],
): { valid: T[]; invalid: Exclusion[] } {
  const valid: T[] = [];
  const invalid: Exclusion[] = [];
  for (const r of records) {
    if (datesOf(r).every((d) => d === null || isIsoDate(d))) valid.push(r);
    else invalid.push({ key: r.key, reason: REASONS.invalidDate });
  }
  return { valid, invalid };
}

export function groupBy<T>(records: readonly T[], childOf: (r: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const child = childOf(r);
    const group = groups.get(child);
    if (group === undefined) groups.set(child, [r]);
    else group.push(r);
  }
  return groups;
}

export function mapValues<T, U>(map: Map<string, T>, f: (v: T) => U): Map<string, U> {
  const out = new Map<string, U>();
  for (const [k, v] of map) out.set(k, f(v));
  return out;
}
