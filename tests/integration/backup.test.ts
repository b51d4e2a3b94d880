import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  restoreBackup,
  verifyBackup,
  writeBackup,
} from "../../src/platform/backup/logical-backup.ts";
import { createTestApp, signIn, type TestApp } from "../support/test-app.ts";

let source: TestApp;
let target: TestApp;
const dir = mkdtempSync(join(tmpdir(), "waymark-backup-test-"));

beforeAll(async () => {
  source = await createTestApp({ children: 12 });
  await signIn(source.app, "director");
  target = await createTestApp({ seed: false });
});
afterAll(async () => {
  await source.close();
  await target.close();
});

async function snapshot(t: TestApp) {
  const tables = [
    "users",
    "teams",
    "user_teams",
    "children",
    "allocations",
    "audit_log",
    "sessions",
  ];
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    out[table] = (
      await t.database.db.execute(sql.raw(`SELECT * FROM ${table} ORDER BY 1, 2`))
    ).rows;
  }
  return out;
}

describe("backup and restore", () => {
  it("round-trips every table exactly, including the audit log, and new ids continue after restored ones", async () => {
    const file = join(dir, "one.jsonl.gz");
    await writeBackup(source.database.pool, file, new Date("2012-04-02T10:00:00Z"));
    const summary = await verifyBackup(file);
    expect(summary.rows).toBeGreaterThan(12);
    await restoreBackup(target.database.pool, file);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    await expect(signIn(target.app, "director")).resolves.toBeDefined();
    const next = await target.database.db.execute(
      sql`INSERT INTO teams (name, service) VALUES ('After restore', 'x') RETURNING id`,
    );
    expect((next.rows[0] as { id: number }).id).toBeGreaterThan(6);
  });

  it("refuses a file whose content was changed, before touching the database", async () => {
    const file = join(dir, "one.jsonl.gz");
    const tampered = join(dir, "tampered.jsonl.gz");
    const text = gunzipSync(readFileSync(file))
      .toString("utf8")
      .replace("Sue Whitfield", "Sue Whitfielt");
    writeFileSync(tampered, gzipSync(text));
    await expect(verifyBackup(tampered)).rejects.toThrow(/checksum does not match/);
    writeFileSync(join(dir, "garbage.gz"), "not gzip at all");
    await expect(verifyBackup(join(dir, "garbage.gz"))).rejects.toThrow(
      /not a readable Waymark backup/,
    );
  });

  it("refuses to restore over a database that holds data", async () => {
    await expect(restoreBackup(source.database.pool, join(dir, "one.jsonl.gz"))).rejects.toThrow(
      /already holds data/,
    );
  });
});
