/**
 * Imports one file into a fresh database in this process and prints one JSON line:
 * records, seconds, MB/s and the process's peak RSS (which includes the embedded database's
 * worker thread). Run by bench/import-throughput.ts, one process per measurement.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importFile } from "../src/cases/ingest/import-file.ts";
import { openDatabase } from "../src/platform/db/database.ts";
import { systemContext } from "../src/platform/http/context.ts";

const [file, databaseUrl] = process.argv.slice(2);
if (!file) throw new Error("usage: import-one.ts FILE [DATABASE_URL]");
const dataDir = mkdtempSync(join(tmpdir(), "waymark-bench-import-"));
const database = await openDatabase({
  databaseUrl: databaseUrl || null,
  dataDir,
  purpose: "bench",
});
try {
  const started = performance.now();
  const result = await importFile(systemContext(new Date()), database, file, {
    collectionYear: 2012,
  });
  const seconds = (performance.now() - started) / 1000;
  const records = Object.values(result.counts).reduce((a, b) => a + b, 0);
  const megabytes = statSync(file).size / 1024 / 1024;
  console.log(
    JSON.stringify({
      status: result.status,
      records,
      seconds: Number(seconds.toFixed(2)),
      recordsPerSecond: Math.round(records / seconds),
      megabytesPerSecond: Number((megabytes / seconds).toFixed(2)),
      megabytes: Number(megabytes.toFixed(1)),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
} finally {
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}
