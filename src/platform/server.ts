/**
 * Starts Waymark: opens the database (creating and seeding the demo council on first
 * start of an embedded database), serves the API and web shell, and shuts down cleanly on
 * SIGINT/SIGTERM so the embedded data directory is never left half-written.
 */
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { failAbandonedRuns } from "../cases/ingest/import-repo.ts";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../demo/demo-people.ts";
import { demoExtractDir, demoLoaded, loadDemoCouncil } from "../demo/load-demo-council.ts";
import { databaseIsEmpty, seedDemoPeople } from "../demo/seed-people.ts";
import { ROLE_LABELS } from "./access/roles.ts";
import { systemClock } from "./clock.ts";
import { configFromEnvironment, type WaymarkConfig } from "./config.ts";
import { openDatabase } from "./db/database.ts";
import { buildApp } from "./http/app.ts";

export const WEB_ROOT = fileURLToPath(new URL("../../dist/web", import.meta.url));

export interface StartOptions {
  overrides?: Partial<WaymarkConfig>;
  /** seed the demo council when the database is empty (the default for the embedded database). */
  demo?: boolean;
  log?: (line: string) => void;
}

export async function startServer(options: StartOptions = {}) {
  const log = options.log ?? ((line: string) => console.log(line));
  const started = performance.now();
  const config = configFromEnvironment({ webRoot: WEB_ROOT, ...options.overrides });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    purpose: "waymark start",
  });
  const demoSetting = process.env.WAYMARK_DEMO;
  const wantDemo =
    options.demo ?? (demoSetting ? demoSetting === "true" : database.kind === "embedded");
  if (wantDemo && (await databaseIsEmpty(database.db))) {
    log("First start: creating the demo council's people and teams...");
    await database.db.transaction((tx) =>
      seedDemoPeople(tx, { seed: 2012, children: 0, today: new Date().toISOString().slice(0, 10) }),
    );
  }
  if (database.kind === "embedded") {
    // Only this process can have been importing into an embedded database, so any run still "running" was cut off.
    await failAbandonedRuns(database.db, new Date());
  }
  const isDemo = await database.db.execute(
    sql`SELECT EXISTS (SELECT 1 FROM settings WHERE key = 'demo') AS demo`,
  );
  const app = await buildApp({
    config,
    database,
    clock: systemClock,
    logger: { level: process.env.WAYMARK_LOG_LEVEL ?? "warn" },
  });
  const address = await app.listen({ host: config.host, port: config.port });
  const url = address.replace("127.0.0.1", "localhost");
  database.announceUrl(url);

  log(
    `Waymark is running at ${url} (${database.kind === "embedded" ? `embedded database in ${config.dataDir}` : "PostgreSQL server"}), ready in ${Math.round(performance.now() - started)} ms.`,
  );
  if ((isDemo.rows[0] as { demo: boolean }).demo) {
    log(`Demo council: sign in with any of these usernames and the password "${DEMO_PASSWORD}":`);
    for (const person of DEMO_PEOPLE)
      log(`  ${person.username.padEnd(16)} ${ROLE_LABELS[person.role]}`);
  }
  log("Press Ctrl+C to stop.");

  // The council's case records load after the server is up, through the import path, so the
  // first start answers quickly; progress is printed and each file appears on the Imports page.
  // Imports are idempotent, so a load cut short by a restart resumes where it stopped.
  let demoLoading: Promise<unknown> = Promise.resolve();
  const stopDemo = new AbortController();
  if (wantDemo && (isDemo.rows[0] as { demo: boolean }).demo && !(await demoLoaded(database))) {
    demoLoading = loadDemoCouncil(database, {
      seed: 2012,
      scale: 1,
      outDir: demoExtractDir(config.dataDir),
      log,
      signal: stopDemo.signal,
    }).catch((error: unknown) =>
      log(
        `The demo council could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      stopDemo.abort();
      await app.close();
      await demoLoading;
      await database.close();
    })();
    return stopping;
  };
  return { app, url, stop, demoLoading };
}
