// `npm test`: type check, lint, then unit and integration tests on the embedded database
// (or on a PostgreSQL server when WAYMARK_TEST_PG_URL is set). Last line: "N passed, N failed".
import { printTotals, runCheck, runVitest } from "./run-vitest.js";

const results = [
  runCheck("type check", "npx", ["tsc", "-p", "tsconfig.json"]),
  runCheck("lint", "npx", ["biome", "check", "src", "tests", "scripts", "bench"]),
  runVitest(process.env.WAYMARK_TEST_PG_URL ? "postgres" : "pglite", process.argv.slice(2)),
];
process.exitCode = printTotals(results);
