/**
 * Times the recomputation that follows every import: all indicators, every month of the
 * demo council's four years as month, year-to-date and rolling-12 series, split by team,
 * stored. Loads the demo council (scale 1, about 13,000 referrals) into a fresh embedded
 * database, then recomputes three times and reports each run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadDemoCouncil } from "../src/demo/load-demo-council.ts";
import { seedDemoPeople } from "../src/demo/seed-people.ts";
import { recomputeIndicators } from "../src/performance/series/recompute.ts";
import { openDatabase } from "../src/platform/db/database.ts";

export async function indicatorSeries(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "waymark-bench-series-"));
  const database = await openDatabase({
    databaseUrl: null,
    dataDir: join(dir, "data"),
    purpose: "bench",
  });
  try {
    await database.db.transaction((tx) =>
      seedDemoPeople(tx, { seed: 2012, children: 0, today: "2013-04-01" }),
    );
    await loadDemoCouncil(database, {
      seed: 2012,
      scale: 1,
      outDir: join(dir, "extracts"),
      log: () => {},
    });
    console.log("| run | months | values stored | total ms (load records, compute, store) |");
    console.log("|---|---|---|---|");
    for (let run = 1; run <= 3; run++) {
      const result = await recomputeIndicators(database, { trigger: "bench", now: new Date() });
      console.log(`| ${run} | ${result.months} | ${result.values} | ${result.durationMs} |`);
    }
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
