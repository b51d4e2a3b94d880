// Browser journeys in Debian's Chromium (never a downloaded browser): builds the web shell,
// then runs tests/browser with their own Vitest config, which starts Waymark on a fresh
// embedded database. Last line: "N passed, N failed".
import { existsSync } from "node:fs";
import { printTotals, runCheck, runVitest } from "./run-vitest.js";

const chromium = process.env.WAYMARK_CHROMIUM ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it with: apt-get install -y chromium`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const build = runCheck("build the web shell", "npx", ["vite", "build"]);
const journeys = build.failed
  ? { passed: 0, failed: 1 }
  : runVitest("browser", ["--config", "vitest.browser.config.ts"]);
process.exitCode = printTotals([build, journeys]);
