import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError, lockPath } from "../../src/platform/db/lock.ts";

const holder = spawn("sleep", ["60"]);
afterAll(() => {
  holder.kill();
});

function lockedBy(pid: number) {
  const dir = mkdtempSync(join(tmpdir(), "waymark-lock-test-"));
  writeFileSync(
    lockPath(dir),
    JSON.stringify({
      pid,
      purpose: "waymark start",
      url: "http://localhost:3000",
      since: "2012-04-02T09:00:00Z",
    }),
  );
  return dir;
}

describe("the data directory lock", () => {
  it("refuses a second process and says who holds the directory", () => {
    const dir = lockedBy(holder.pid ?? 0);
    expect(() => acquireDataDirLock(dir, "test")).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir, "test")).toThrow(
      /in use by Waymark process \d+ \(waymark start at http:\/\/localhost:3000/,
    );
  });

  it("takes over a lock left by a process that died", () => {
    const dead = spawnSync("true").pid;
    const dir = lockedBy(dead);
    const lock = acquireDataDirLock(dir, "test");
    lock.release();
  });

  it("makes the CLI exit with code 2 and a clear message", () => {
    const dir = lockedBy(holder.pid ?? 0);
    const result = spawnSync(
      process.execPath,
      ["bin/waymark.js", "--data-dir", dir, "backup", join(dir, "b.gz")],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is in use by Waymark process/);
  });
});
