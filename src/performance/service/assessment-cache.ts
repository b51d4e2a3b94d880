/**
 * Assessing every indicator (SPC, projections) for a month takes tens of milliseconds, and
 * the answer only changes when a new computation, target or change point is recorded. So
 * results are kept per (those versions, audience, month), checked with one cheap query per
 * request; a stale entry can never be served because its key names what it was built from.
 * Bounded, oldest evicted first. Each process has its own; correctness does not depend on it.
 */
import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";

const MAX_ENTRIES = 64;
const entries = new Map<string, unknown>();

export async function inputsVersion(tx: Tx): Promise<string> {
  const result = await tx.execute(sql`
    SELECT (SELECT max(id) FROM indicator_computations) AS c,
           (SELECT max(id) FROM indicator_targets) AS t,
           (SELECT max(id) FROM spc_change_points) AS p`);
  const row = result.rows[0] as { c: number | null; t: number | null; p: number | null };
  return `${row.c ?? 0}.${row.t ?? 0}.${row.p ?? 0}`;
}

export async function cached<T>(key: string, build: () => Promise<T>): Promise<T> {
  if (entries.has(key)) return entries.get(key) as T;
  const value = await build();
  entries.set(key, value);
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  return value;
}
