/**
 * `npm run bench`: measures what docs/benchmarks.md records.
 *   - cold start: `waymark start` on an empty data directory until /api/health answers;
 *   - signed-in API latency at 50 concurrent connections (p50/p97.5/p99, errors) for a
 *     simple authenticated read and for an audited child-record read, on the embedded
 *     database and on the PostgreSQL server (BENCH_PG_URL, default the local server).
 * The server runs as a separate process, as in production; figures print as a table.
 * Import throughput per format and size is in import-throughput.ts.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { DEMO_PASSWORD } from "../src/demo/demo-people.ts";

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const PG_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

interface Server {
  url: string;
  process: ChildProcess;
  startMs: number;
}

async function startWaymark(env: Record<string, string>, dataDir: string): Promise<Server> {
  const port = 3600 + Math.floor(Math.random() * 300);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ["bin/waymark.js", "--data-dir", dataDir, "start", "--port", String(port)],
    {
      env: { ...process.env, WAYMARK_LOG_LEVEL: "error", ...env },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  const url = `http://localhost:${port}`;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not yet
    }
    if (child.exitCode !== null) throw new Error("Waymark exited during start");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const startMs = performance.now() - started;
  // Measure against the loaded demo council (about 210,000 records), not while it loads.
  while (!output.includes("Demo council loaded")) {
    if (child.exitCode !== null)
      throw new Error(`Waymark exited while loading the demo council:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, process: child, startMs };
}

async function stop(server: Server): Promise<void> {
  server.process.kill("SIGINT");
  await new Promise((resolve) => server.process.once("exit", resolve));
}

async function sessionCookie(url: string, username: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  return (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
}

async function load(url: string, path: string, cookie: string) {
  const result = await autocannon({
    url: `${url}${path}`,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { cookie },
  });
  return {
    path,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function measure(label: string, env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), "waymark-bench-"));
  const server = await startWaymark(env, dataDir);
  try {
    const cookie = await sessionCookie(server.url, "director");
    await load(server.url, "/api/auth/session", cookie); // warm-up, discarded
    const simple = await load(server.url, "/api/auth/session", cookie);
    const child = await load(server.url, "/api/children/7", cookie);
    await load(server.url, "/api/performance/scorecard", cookie); // warm-up: fills the cache
    const scorecard = await load(server.url, "/api/performance/scorecard", cookie);
    return { label, startMs: Math.round(server.startMs), runs: [simple, child, scorecard] };
  } finally {
    await stop(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function freshServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `waymark_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function main(): Promise<void> {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `Machine: ${cpus().length} x ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  console.log(
    `Load: ${CONNECTIONS} connections for ${DURATION_S} s per endpoint (autocannon, same machine)\n`,
  );
  const results = [await measure("PGlite (embedded)", {})];
  const database = await freshServerDatabase();
  try {
    results.push(
      await measure("PostgreSQL 15 server", { DATABASE_URL: database.url, WAYMARK_DEMO: "true" }),
    );
  } finally {
    await database.drop();
  }
  console.log("| database | endpoint | req/s | p50 ms | p97.5 ms | p99 ms | errors |");
  console.log("|---|---|---|---|---|---|---|");
  for (const result of results) {
    for (const run of result.runs) {
      console.log(
        `| ${result.label} | GET ${run.path} | ${run.rps} | ${run.p50} | ${run.p97_5} | ${run.p99} | ${run.errors} |`,
      );
    }
  }
  console.log(
    "\n| database | cold start to first answer (empty data directory, includes migrations and demo seed) |",
  );
  console.log("|---|---|");
  for (const result of results)
    console.log(`| ${result.label} | ${(result.startMs / 1000).toFixed(1)} s |`);
  const build = spawnSync("npx", ["vite", "build"], { stdio: "ignore" });
  if (build.status === 0) {
    const started = performance.now();
    spawnSync("npx", ["vite", "build"], { stdio: "ignore" });
    console.log(
      `\nWeb build (part of \`npm start\`): ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}

// `npm run bench` measures everything; `npm run bench -- api` or `-- import` one part.
const parts = process.argv.slice(2);
if (parts.length === 0 || parts.includes("api")) await main();
if (parts.length === 0 || parts.includes("indicators")) {
  const { indicatorSeries } = await import("./indicator-series.ts");
  console.log("\nIndicator series (every indicator, month/YTD/rolling 12, by team):\n");
  await indicatorSeries();
}
if (parts.length === 0 || parts.includes("pack")) {
  const { boardPack } = await import("./board-pack.ts");
  console.log("\nBoard pack for the April 2012 Improvement Board (demo council, scale 1):\n");
  await boardPack();
}
if (parts.length === 0 || parts.includes("import")) {
  const { importThroughput } = await import("./import-throughput.ts");
  console.log("\nImport throughput (one fresh database and process per row):\n");
  await importThroughput();
}
