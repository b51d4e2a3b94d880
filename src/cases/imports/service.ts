/**
 * Import use cases for the web: upload (streamed to a private temporary file, then loaded
 * all-or-nothing), the list of runs, a run's report, and its problems as CSV.
 */

import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { recomputeIndicators } from "../../performance/series/recompute.ts";
import { csvLine } from "../../platform/audit/csv.ts";
import { audit } from "../../platform/audit/service.ts";
import type { Database, Tx } from "../../platform/db/database.ts";
import type { AuthenticatedContext } from "../../platform/http/context.ts";
import { badRequest, notFound } from "../../platform/http/errors.ts";
import { importFile } from "../ingest/import-file.ts";
import * as runs from "../ingest/import-repo.ts";
import { fileNameProblem } from "./file-name.ts";
import { summariseProblems } from "./quality-summary.ts";

export async function uploadAndImport(
  ctx: AuthenticatedContext,
  database: Database,
  upload: { fileName: string; stream: Readable; collectionYear?: number },
) {
  const problem = fileNameProblem(upload.fileName);
  if (problem) {
    upload.stream.resume();
    throw badRequest(problem, { field: "file" });
  }
  const dir = await mkdtemp(join(tmpdir(), "waymark-upload-"));
  const path = join(dir, "upload");
  try {
    // Size is enforced by the multipart limit while streaming: an over-size file fails with 413 here.
    await pipeline(upload.stream, createWriteStream(path, { mode: 0o600 }));
    const result = await importFile(ctx, database, path, {
      fileName: upload.fileName,
      ...(upload.collectionYear !== undefined ? { collectionYear: upload.collectionYear } : {}),
    });
    // The Board's figures must never be older than the data they come from.
    if (result.status === "loaded") {
      await recomputeIndicators(database, { trigger: `import ${result.runId}`, now: ctx.now });
    }
    return {
      runId: result.runId,
      status: result.status,
      message: result.message,
      counts: result.counts,
      errorCount: result.errorCount,
      warningCount: result.warningCount,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function listRuns(_ctx: AuthenticatedContext, tx: Tx) {
  return runs.listRuns(tx, 500);
}

export async function runReport(ctx: AuthenticatedContext, tx: Tx, runId: number) {
  const run = await runs.getRun(tx, runId);
  if (!run) throw notFound("That import");
  const problems = await runs.runProblems(tx, runId);
  // Problems quote values from the file, which can include child identifiers.
  await audit(ctx, tx, { action: "import.report_viewed", details: { runId } });
  return { run, summary: summariseProblems(problems, run.counts), problems };
}

const PROBLEM_COLUMNS = [
  "file",
  "row",
  "line",
  "path",
  "column",
  "rule",
  "severity",
  "message",
] as const;

export async function problemsCsv(
  ctx: AuthenticatedContext,
  tx: Tx,
  runId: number,
): Promise<{ fileName: string; csv: string }> {
  const run = await runs.getRun(tx, runId);
  if (!run) throw notFound("That import");
  const problems = await runs.runProblems(tx, runId);
  await audit(ctx, tx, {
    action: "import.problems_exported",
    details: { runId, rows: problems.length },
  });
  let csv = csvLine([...PROBLEM_COLUMNS]);
  for (const problem of problems) csv += csvLine(PROBLEM_COLUMNS.map((column) => problem[column]));
  return { fileName: `waymark-import-${runId}-problems.csv`, csv };
}
