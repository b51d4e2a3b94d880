/**
 * The demo council's performance settings, as its Improvement Board would have agreed
 * them: who the council is (for benchmarks), the published benchmarks, the trajectory
 * targets agreed at the April 2012 Board, an SPC change point, and commentary on the
 * latest month. Written through the same repositories the web uses; run once.
 */
import { readFile } from "node:fs/promises";
import { sql } from "drizzle-orm";
import { loadBenchmarks } from "../performance/benchmarks/load-benchmarks.ts";
import type { IndicatorId } from "../performance/indicators/definitions.ts";
import { insertCommentary } from "../performance/targets/commentary-repo.ts";
import { insertChangePoint, insertTarget } from "../performance/targets/targets-repo.ts";
import type { Database } from "../platform/db/database.ts";
import { systemContext } from "../platform/http/context.ts";

// The dataset was presented to the March 2012 Board (src/demo/notice/notice-data.ts), so the
// April Board's pack reads March's figures against targets.
const AGREED = {
  agreedBy: "Improvement Board (independent chair)",
  agreedAt: "Improvement Board, 27 March 2012",
  agreedOn: "2012-03-27",
  changeReason: null,
  targetDate: "2013-03-31",
};

/**
 * [indicator, tolerance in points, steps from the notice (February 2012), June 2012,
 * October 2012 and March 2013]
 */
const TRAJECTORIES: [IndicatorId, number, number, number, number, number][] = [
  ["initial_assessments_10wd", 5, 60, 65, 75, 85],
  ["core_assessments_35wd", 5, 55, 60, 70, 80],
  ["icpc_15wd", 5, 65, 70, 80, 90],
  ["re_referrals_12m", 2, 30, 28, 25, 22],
  ["cpp_second_or_subsequent", 2, 18, 16, 14, 13],
  ["cp_reviews_on_time", 2, 92, 95, 98, 100],
  ["lac_reviews_on_time", 3, 80, 85, 90, 95],
  ["lac_3plus_placements", 1, 13, 12, 11, 10],
];

const BENCHMARK_FILES = ["statistical-neighbours.csv", "published-values.csv"];

export async function seedDemoPerformance(database: Database, now: Date): Promise<void> {
  const ctx = systemContext(now, "demo");
  const by = { userId: null, at: now };
  await database.db.transaction(async (tx) => {
    const existing = await tx.execute(sql`SELECT count(*)::int AS n FROM indicator_targets`);
    if ((existing.rows[0] as { n: number }).n > 0) return;
    await tx.execute(sql`
      INSERT INTO settings (key, value)
      VALUES ('council', ${JSON.stringify({ name: "Peterborough", laCode: "874", areaCode: "E06000031" })}::jsonb)
      ON CONFLICT (key) DO NOTHING`);
    for (const name of BENCHMARK_FILES) {
      const text = await readFile(new URL(`./benchmarks/${name}`, import.meta.url), "utf8");
      const result = await loadBenchmarks(ctx, tx, { name, text });
      if (result.status === "rejected") {
        throw new Error(`Demo benchmarks ${name}: ${result.errors[0]?.message ?? "rejected"}`);
      }
    }
    for (const [indicatorId, tolerance, notice, june, october, march] of TRAJECTORIES) {
      await insertTarget(
        tx,
        {
          ...AGREED,
          indicatorId,
          tolerance: { kind: "points", amount: tolerance },
          steps: [
            { from: "2012-02-01", value: notice },
            { from: "2012-06-01", value: june },
            { from: "2012-10-01", value: october },
            { from: "2013-03-01", value: march },
          ],
        },
        by,
      );
    }
    await insertChangePoint(
      tx,
      {
        indicatorId: "initial_assessments_10wd",
        fromMonth: "2012-04-01",
        label: "Assessment teams restructured after the Improvement Notice",
      },
      by,
    );
    await insertCommentary(
      tx,
      {
        indicatorId: "initial_assessments_10wd",
        periodEnd: "2013-03-31",
        owner: "Head of Referral and Assessment",
        narrative:
          "Timeliness has improved since the restructure but agency turnover in the assessment teams slowed completions in March.",
        correctiveAction:
          "Two permanent senior practitioners start in April; weekly performance clinics continue for every assessment over 7 working days.",
      },
      by,
    );
  });
}
