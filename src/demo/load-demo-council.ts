/**
 * Builds the demo council the way a real council's data arrives: `generateDemoCouncil`
 * writes real extract files, and each goes through the same import path as an upload.
 * Imports are idempotent (content hash), so an interrupted load simply resumes: files
 * already loaded come back "unchanged".
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { importFile } from "../cases/ingest/import-file.ts";
import { recomputeIndicators } from "../performance/series/recompute.ts";
import type { Database, Tx } from "../platform/db/database.ts";
import { systemContext } from "../platform/http/context.ts";
import { generateDemoCouncil } from "./council/generate.ts";
import { seedDemoBoard } from "./seed-board.ts";
import { seedDemoPerformance } from "./seed-performance.ts";

export interface DemoLoadOptions {
  seed: number;
  scale: number;
  /** where the extract files are written (kept, so a council can inspect real examples). */
  outDir: string;
  log: (line: string) => void;
  /** stop between files (server shutdown); the next start resumes. */
  signal?: AbortSignal;
}

export async function loadDemoCouncil(
  database: Database,
  options: DemoLoadOptions,
): Promise<{ files: number; records: number; rejected: string[] }> {
  mkdirSync(options.outDir, { recursive: true });
  const started = performance.now();
  const { files } = await generateDemoCouncil({
    seed: options.seed,
    scale: options.scale,
    outDir: options.outDir,
  });
  options.log(
    `Demo council: wrote ${files.length} extract files to ${options.outDir} in ${Math.round(performance.now() - started)} ms; importing...`,
  );
  let records = 0;
  const rejected: string[] = [];
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) {
      options.log("Demo council load paused; it resumes at the next start.");
      return { files: index, records, rejected };
    }
    const result = await importFile(systemContext(new Date(), "demo"), database, file.path, {
      fileName: file.name,
      ...(file.collectionYear !== null ? { collectionYear: file.collectionYear } : {}),
    });
    const count = Object.values(result.counts).reduce((a, b) => a + b, 0);
    records += count;
    if (result.status === "rejected") rejected.push(`${file.name}: ${result.message}`);
    options.log(
      `  [${index + 1}/${files.length}] ${file.name}: ${result.status}${count ? `, ${count} records` : ""}`,
    );
  }
  await database.db.transaction((tx) => refreshPlatformAllocations(tx));
  await seedDemoPerformance(database, new Date());
  await seedDemoBoard(database);
  const computed = await recomputeIndicators(database, { trigger: "demo", now: new Date() });
  options.log(
    `Demo council: indicators computed for ${computed.months} months (${computed.values} values) in ${computed.durationMs} ms.`,
  );
  // A rejected file leaves the load unfinished, so the next start tries again.
  if (rejected.length === 0) {
    await database.db.execute(
      sql`INSERT INTO settings (key, value) VALUES ('demo_loaded', 'true'::jsonb) ON CONFLICT (key) DO NOTHING`,
    );
  }
  options.log(
    `Demo council loaded: ${records} records from ${files.length} files in ${Math.round((performance.now() - started) / 1000)} s.`,
  );
  return { files: files.length, records, rejected };
}

/**
 * Record-level access reads `allocations` (team by id): rebuild it from the imported
 * allocation records, matching teams by name.
 */
export async function refreshPlatformAllocations(tx: Tx): Promise<void> {
  await tx.execute(sql`DELETE FROM allocations`);
  await tx.execute(sql`
    INSERT INTO allocations (child_id, team_id, start_date, end_date)
    SELECT c.id, t.id, a.start_date, a.end_date
    FROM current_allocations a JOIN children c ON c.la_child_id = a.la_child_id JOIN teams t ON t.name = a.team_name`);
}

export async function demoLoaded(database: Database): Promise<boolean> {
  const result = await database.db.execute(
    sql`SELECT EXISTS (SELECT 1 FROM settings WHERE key = 'demo_loaded') AS loaded`,
  );
  return (result.rows[0] as { loaded: boolean }).loaded;
}

export function demoExtractDir(dataDir: string | null): string {
  return join(dataDir ?? ".", "demo-extracts");
}
