/**
 * `npm run bench -- import`: import throughput per format at 10k, 100k and 1M records on
 * the embedded database and on the PostgreSQL server, one fresh database and one process
 * per measurement. BENCH_IMPORT_SIZES overrides the sizes (comma-separated).
 */
import { spawnSync } from "node:child_process";
import pg from "pg";
import { canonicalReferrals, cinCensus, ssda903Episodes } from "./extract-files.ts";

const PG_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SIZES = (process.env.BENCH_IMPORT_SIZES ?? "10000,100000,1000000").split(",").map(Number);
const DIR = "bench/out";

const FORMATS = [
  { label: "canonical CSV (referrals)", make: canonicalReferrals },
  { label: "CIN census XML", make: cinCensus },
  { label: "SSDA903 episodes CSV", make: ssda903Episodes },
];

async function withServerDatabase<T>(work: (url: string) => T): Promise<T> {
  const name = `waymark_bench_import_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  try {
    return work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

function measure(file: string, databaseUrl: string) {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "bench/import-one.ts", file, databaseUrl],
    { encoding: "utf8", maxBuffer: 1 << 24 },
  );
  const line = run.stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(line) as {
      status: string;
      records: number;
      seconds: number;
      recordsPerSecond: number;
      megabytesPerSecond: number;
      megabytes: number;
      peakRssMb: number;
    };
  } catch {
    throw new Error(`import benchmark failed for ${file}:\n${run.stderr}`);
  }
}

export async function importThroughput(): Promise<void> {
  console.log(
    "| format | records | MB | database | seconds | records/s | MB/s | peak RSS MB | status |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const format of FORMATS) {
    for (const size of SIZES) {
      const file = await format.make(DIR, size);
      const embedded = measure(file, "");
      const server = await withServerDatabase((url) => measure(file, url));
      for (const [label, r] of [
        ["PGlite", embedded],
        ["PostgreSQL", server],
      ] as const) {
        console.log(
          `| ${format.label} | ${r.records} | ${r.megabytes} | ${label} | ${r.seconds} | ${r.recordsPerSecond} | ${r.megabytesPerSecond} | ${r.peakRssMb} | ${r.status} |`,
        );
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await importThroughput();
