// Runs Vitest with a JSON report and returns the pass/fail counts, so every test pass can
// end with the line CI reads: "N passed, N failed".
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";

export function runVitest(label, args, env = {}) {
  mkdirSync(".tmp", { recursive: true });
  const report = `.tmp/vitest-${label}.json`;
  rmSync(report, { force: true });
  const result = spawnSync(
    "npx",
    [
      "vitest",
      "run",
      ...args,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    {
      stdio: "inherit",
      env: { ...process.env, ...env },
    },
  );
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    const failed = json.numFailedTests + (result.status !== 0 && json.numFailedTests === 0 ? 1 : 0);
    return { passed: json.numPassedTests, failed };
  } catch {
    // No report means Vitest itself failed (a syntax error, a crashed worker): count it.
    return { passed: 0, failed: 1 };
  }
}

export function runCheck(label, command, args) {
  console.log(`\n> ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  return result.status === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

export function printTotals(results) {
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
