/**
 * The demo council loads through the import path with nothing rejected, and tells the
 * story of the committee report: timeliness poor through 2011, recovering after the
 * February 2012 notice.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoCouncil } from "../../src/demo/load-demo-council.ts";
import { loadCaseData } from "../../src/performance/case-data-repo.ts";
import { computeIndicator } from "../../src/performance/indicators/index.ts";
import { createTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ children: 0 });
});
afterAll(async () => {
  await t.close();
});

describe("the demo council", () => {
  it("loads every extract, and initial assessments get quicker after the notice", {
    timeout: 180_000,
  }, async () => {
    const lines: string[] = [];
    const result = await loadDemoCouncil(t.database, {
      seed: 2012,
      scale: 0.2,
      outDir: mkdtempSync(join(tmpdir(), "waymark-demo-test-")),
      log: (line) => lines.push(line),
    });
    expect(result.rejected).toEqual([]);
    expect(result.files).toBe(38);

    const data = await loadCaseData(t.database.db);
    const before = computeIndicator("initial_assessments_10wd", data, {
      from: "2011-04-01",
      to: "2012-01-31",
    });
    const after = computeIndicator("initial_assessments_10wd", data, {
      from: "2012-04-01",
      to: "2013-03-31",
    });
    expect(before.value).not.toBeNull();
    expect(after.value ?? 0).toBeGreaterThan((before.value ?? 0) + 10);

    // Children allocated to teams are visible to those teams' staff.
    const allocated = await t.database.db.execute(sql`SELECT count(*)::int AS n FROM allocations`);
    expect((allocated.rows[0] as { n: number }).n).toBeGreaterThan(100);
  });
});
