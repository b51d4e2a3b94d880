/**
 * Loads a published-values or statistical-neighbours CSV: the whole file or nothing, with
 * every problem named by line and column. The same content loaded twice is a no-op.
 */
import { createHash } from "node:crypto";
import { audit } from "../../platform/audit/service.ts";
import type { Tx } from "../../platform/db/database.ts";
import type { RequestContext } from "../../platform/http/context.ts";
import { type BenchmarkCsvError, parseBenchmarksCsv } from "../rules/benchmarks.ts";
import { findSetByHash, insertNeighbours, insertPublishedValues } from "./benchmarks-repo.ts";

export type LoadBenchmarksResult =
  | { status: "loaded" | "unchanged"; setId: number; kind: string; rows: number }
  | { status: "rejected"; errors: BenchmarkCsvError[] };

export async function loadBenchmarks(
  ctx: RequestContext,
  tx: Tx,
  file: { name: string; text: string },
): Promise<LoadBenchmarksResult> {
  const sha256 = createHash("sha256").update(file.text).digest("hex");
  const existing = await findSetByHash(tx, sha256);
  if (existing !== null) return { status: "unchanged", setId: existing, kind: "", rows: 0 };
  const parsed = parseBenchmarksCsv(file.text);
  if (!parsed.ok) return { status: "rejected", errors: parsed.errors };
  const set = {
    kind: parsed.file.kind,
    fileName: file.name,
    sha256,
    rowCount: parsed.file.rows.length,
    userId: ctx.user?.id ?? null,
    at: ctx.now,
  };
  const setId =
    parsed.file.kind === "published_values"
      ? await insertPublishedValues(tx, set, parsed.file.rows)
      : await insertNeighbours(tx, set, parsed.file.rows);
  await audit(ctx, tx, {
    action: "benchmarks.loaded",
    details: { setId, fileName: file.name, kind: set.kind, rows: set.rowCount, sha256 },
  });
  return { status: "loaded", setId, kind: set.kind, rows: set.rowCount };
}
