/** All SQL for import runs and their problems. */
import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/database.ts";
import type { Problem } from "./problems.ts";

export interface ImportRunRow {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  username: string | null;
  fileName: string;
  contentSha256: string;
  byteSize: number;
  format: string | null;
  sourceKey: string | null;
  referenceDate: string | null;
  status: string;
  counts: Record<string, number>;
  errorCount: number;
  warningCount: number;
  problemsTruncated: boolean;
  message: string | null;
}

const RUN_COLUMNS = sql`id, to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "startedAt",
  to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "finishedAt", username, file_name AS "fileName",
  content_sha256 AS "contentSha256", byte_size AS "byteSize", format, source_key AS "sourceKey", reference_date AS "referenceDate",
  status, counts, error_count AS "errorCount", warning_count AS "warningCount", problems_truncated AS "problemsTruncated", message`;

export async function findLoadedRunByHash(tx: Tx, sha256: string): Promise<ImportRunRow | null> {
  const result = await tx.execute(
    sql`SELECT ${RUN_COLUMNS} FROM import_runs WHERE content_sha256 = ${sha256} AND status = 'loaded' ORDER BY id DESC LIMIT 1`,
  );
  return (result.rows[0] as ImportRunRow | undefined) ?? null;
}

export async function insertRun(
  tx: Tx,
  run: {
    at: Date;
    userId: number | null;
    username: string | null;
    fileName: string;
    sha256: string;
    byteSize: number;
    status: string;
  },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO import_runs (started_at, user_id, username, file_name, content_sha256, byte_size, status)
    VALUES (${run.at.toISOString()}, ${run.userId}, ${run.username}, ${run.fileName}, ${run.sha256}, ${run.byteSize}, ${run.status})
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

export async function finishRun(
  tx: Tx,
  runId: number,
  outcome: {
    at: Date;
    status: string;
    format: string | null;
    sourceKey: string | null;
    referenceDate: string | null;
    counts: Record<string, number>;
    errorCount: number;
    warningCount: number;
    problemsTruncated: boolean;
    message: string | null;
  },
): Promise<void> {
  await tx.execute(sql`
    UPDATE import_runs SET finished_at = ${outcome.at.toISOString()}, status = ${outcome.status}, format = ${outcome.format},
      source_key = ${outcome.sourceKey}, reference_date = ${outcome.referenceDate}, counts = ${JSON.stringify(outcome.counts)}::jsonb,
      error_count = ${outcome.errorCount}, warning_count = ${outcome.warningCount},
      problems_truncated = ${outcome.problemsTruncated}, message = ${outcome.message}
    WHERE id = ${runId}`);
}

export async function insertProblems(tx: Tx, runId: number, problems: Problem[]): Promise<void> {
  for (let i = 0; i < problems.length; i += 5_000) {
    const batch = problems.slice(i, i + 5_000);
    await tx.execute(sql`
      INSERT INTO import_problems (run_id, file, row, line, path, "column", rule, message, severity)
      SELECT ${runId}, file, row, line, path, "column", rule, message, severity
      FROM json_to_recordset(${JSON.stringify(batch)}::json)
        AS p(file text, row integer, line integer, path text, "column" text, rule text, message text, severity text)`);
  }
}

export async function listRuns(tx: Tx, limit = 200): Promise<ImportRunRow[]> {
  const result = await tx.execute(
    sql`SELECT ${RUN_COLUMNS} FROM import_runs ORDER BY id DESC LIMIT ${limit}`,
  );
  return result.rows as unknown as ImportRunRow[];
}

export async function getRun(tx: Tx, runId: number): Promise<ImportRunRow | null> {
  const result = await tx.execute(sql`SELECT ${RUN_COLUMNS} FROM import_runs WHERE id = ${runId}`);
  return (result.rows[0] as ImportRunRow | undefined) ?? null;
}

export async function runProblems(tx: Tx, runId: number): Promise<Problem[]> {
  const result = await tx.execute(sql`
    SELECT file, row, line, path, "column", rule, message, severity FROM import_problems WHERE run_id = ${runId} ORDER BY id`);
  return result.rows as unknown as Problem[];
}

/** Runs cut off by a crash (kill -9, power loss) are marked failed at the next start; their data never committed. */
export async function failAbandonedRuns(tx: Tx, at: Date): Promise<number> {
  const result = await tx.execute(sql`
    UPDATE import_runs SET status = 'failed', finished_at = ${at.toISOString()},
      message = 'The import was interrupted (the process stopped). Nothing from this file was loaded; run it again.'
    WHERE status = 'running'`);
  return result.rowCount ?? 0;
}
