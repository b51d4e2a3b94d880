/**
 * kill -9 in the middle of a 100,000-row import into the embedded database: afterwards the
 * database opens, the data loaded before is exactly as it was, the interrupted run is
 * recorded as failed, and running the import again succeeds.
 */
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "waymark-crash-test-"));
const dataDir = join(dir, "data");
const env = { ...process.env, DATABASE_URL: "" };
const waymark = (...args: string[]) =>
  spawnSync(process.execPath, ["bin/waymark.js", "--data-dir", dataDir, ...args], {
    encoding: "utf8",
    env,
  });

async function writeBigReferrals(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(
    "record_type,la_child_id,referral_date,source,nfa,primary_need,closure_date,closure_reason\n",
  );
  for (let i = 0; i < rows; i++) {
    const date = `20${10 + (i % 3)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
    if (!out.write(`referral,K${String(i).padStart(7, "0")},${date},1A,false,N1,,\n`))
      await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

describe("an import killed with SIGKILL", () => {
  it("leaves earlier data unchanged, and the re-run succeeds", { timeout: 240_000 }, async () => {
    const small = join(dir, "small.csv");
    writeFileSync(
      small,
      "record_type,la_child_id,referral_date,nfa\nreferral,EARLY1,2011-05-05,false\nreferral,EARLY2,2011-06-06,true\n",
    );
    expect(waymark("import", small).status).toBe(0);
    const big = join(dir, "big.csv");
    await writeBigReferrals(big, 100_000);

    const child = spawn(
      process.execPath,
      ["bin/waymark.js", "--data-dir", dataDir, "import", big],
      { env },
    );
    let stderr = "";
    const killed = await new Promise<boolean>((resolve) => {
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
        // Kill once it is well into the file: rows are being written inside the import's transaction.
        if (/read (3|4|5|6)\d%/.test(stderr) && child.exitCode === null) {
          child.kill("SIGKILL");
          resolve(true);
        }
      });
      child.on("exit", () => resolve(false));
    });
    expect(killed, `the import finished before it could be killed: ${stderr}`).toBe(true);
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null
        ? resolve(null)
        : child.once("exit", resolve),
    );

    const out = waymark("indicators", "--from", "2010-01-01", "--to", "2012-12-31", "--json");
    expect(out.status, out.stderr).toBe(0);
    const referrals = (JSON.parse(out.stdout) as { id: string; value: number }[]).find(
      (r) => r.id === "referrals",
    );
    expect(referrals?.value).toBe(2);

    const rerun = waymark("import", big);
    expect(rerun.status, rerun.stdout + rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(/LOADED .*100000 referral/);
    const runs = JSON.parse(waymark("imports", "--json").stdout) as {
      status: string;
      fileName: string;
    }[];
    expect(runs.map((r) => `${r.fileName}:${r.status}`)).toEqual([
      "big.csv:loaded",
      "big.csv:failed",
      "small.csv:loaded",
    ]);
  });
});
