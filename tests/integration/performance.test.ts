/**
 * The performance dataset through the HTTP API, on the demo council (a fifth of its size):
 * stored series agree with the engine, RAG explains itself, observers get small numbers
 * withheld by the server, drill-down lists exactly the children behind a number (only those
 * the user may read) and is audited, and targets and commentary keep their history.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoCouncil } from "../../src/demo/load-demo-council.ts";
import type { IndicatorView } from "../../src/performance/api.ts";
import { loadCaseData } from "../../src/performance/case-data-repo.ts";
import { computeIndicator, INDICATORS } from "../../src/performance/indicators/index.ts";
import { childOfKey } from "../../src/performance/series/child-of-key.ts";
import {
  createTestApp,
  demoUsername,
  type SignedIn,
  signIn,
  type TestApp,
} from "../support/test-app.ts";

interface ScorecardBody {
  computation: { id: number; lastMonth: string } | null;
  month: string;
  months: string[];
  suppressed: boolean;
  canDrillDown: boolean;
  indicators: {
    id: string;
    value: number | "c" | null;
    numerator: number | "c" | null;
    denominator: number | "c" | null;
    target: number | null;
    rag: { status: string; reason: string };
    exceptionReasons: string[];
  }[];
}

let t: TestApp;
let officer: SignedIn;
let observer: SignedIn;

beforeAll(async () => {
  t = await createTestApp({ children: 0 });
  await loadDemoCouncil(t.database, {
    seed: 2012,
    scale: 0.2,
    outDir: mkdtempSync(join(tmpdir(), "waymark-perf-test-")),
    log: () => {},
  });
  officer = await signIn(t.app, demoUsername("performance_officer"));
  observer = await signIn(t.app, demoUsername("dfe_observer"));
}, 240_000);
afterAll(async () => {
  await t.close();
});

async function get<T>(who: SignedIn, url: string): Promise<{ status: number; body: T }> {
  const response = await t.app.inject({ method: "GET", url, headers: who.headers });
  return { status: response.statusCode, body: response.json() as T };
}

describe("the scorecard", () => {
  it("covers every indicator for every month of the demo's four years, and matches the engine", async () => {
    const { status, body } = await get<ScorecardBody>(officer, "/api/performance/scorecard");
    expect(status).toBe(200);
    expect(body.computation?.lastMonth).toBe("2013-03-01");
    expect(body.months[0]).toBe("2009-04-01");
    expect(body.months).toHaveLength(48);
    expect(body.indicators.map((i) => i.id)).toEqual(INDICATORS.map((d) => d.id));

    const data = await loadCaseData(t.database.db);
    for (const indicator of body.indicators) {
      const engine = computeIndicator(indicator.id, data, { from: "2013-03-01", to: "2013-03-31" });
      expect([indicator.id, indicator.numerator, indicator.denominator, indicator.value]).toEqual([
        indicator.id,
        engine.numerator,
        engine.denominator,
        engine.value,
      ]);
    }
  });

  it("rates against the trajectory step in force and says which rule fired", async () => {
    const { body } = await get<ScorecardBody>(
      officer,
      "/api/performance/scorecard?month=2012-07-15",
    );
    expect(body.month).toBe("2012-07-01");
    const ia = body.indicators.find((i) => i.id === "initial_assessments_10wd");
    expect(ia?.target).toBe(65);
    expect(ia?.rag.reason).toMatch(
      /^(Green: .* meets the 65% target|(Amber|Red): .* below the 65% target)/,
    );
    const referrals = body.indicators.find((i) => i.id === "referrals");
    expect(referrals?.rag.status).toBe("no_target");
  });

  it("refuses a month it has no figures for, naming the range", async () => {
    const { status, body } = await get<{ error: { message: string } }>(
      officer,
      "/api/performance/scorecard?month=2020-01-01",
    );
    expect(status).toBe(400);
    expect(body.error.message).toContain("2009-04-01");
  });

  it("lists exceptions with their reasons and the month's commentary", async () => {
    const { body } = await get<{
      exceptions: { indicator: { id: string; exceptionReasons: string[] }; commentary: unknown }[];
    }>(officer, "/api/performance/exceptions");
    for (const e of body.exceptions) expect(e.indicator.exceptionReasons.length).toBeGreaterThan(0);
  });
});

describe("an observer (aggregate only, small numbers suppressed)", () => {
  it("gets every figure resting on 1 to 5 children as c, and nothing else changed", async () => {
    const full = (await get<ScorecardBody>(officer, "/api/performance/scorecard?month=2012-05-01"))
      .body;
    const cut = (await get<ScorecardBody>(observer, "/api/performance/scorecard?month=2012-05-01"))
      .body;
    expect(cut.suppressed).toBe(true);
    expect(cut.canDrillDown).toBe(false);
    const small = (n: unknown) => typeof n === "number" && n >= 1 && n <= 5;
    for (const [i, shown] of cut.indicators.entries()) {
      const real = full.indicators[i];
      if (!real) throw new Error("indicator missing");
      const den = typeof real.denominator === "number" ? real.denominator : null;
      const num = real.numerator as number;
      const hide = den === null ? small(num) : small(num) || small(den - num);
      expect(shown.value === "c", `${shown.id}: ${num}/${den}`).toBe(hide);
      if (!hide) expect(shown.value).toEqual(real.value);
      else expect(JSON.stringify(shown)).not.toContain(`"numerator":${num},`);
    }
  });

  it("is refused the drill-down to children", async () => {
    const { status } = await get(
      observer,
      "/api/performance/indicators/referrals/children?periodEnd=2012-05-31",
    );
    expect(status).toBe(403);
  });
});

describe("the indicator page", () => {
  it("has the series, SPC limits, team breakdown adding up, benchmarks and the agreed target", async () => {
    const { status, body } = await get<IndicatorView>(
      officer,
      "/api/performance/indicators/re_referrals_12m",
    );
    expect(status).toBe(200);
    expect(body.points).toHaveLength(48);
    expect(body.points.some((p) => p.upperLimit !== null)).toBe(true);
    expect(body.target?.agreedAt).toBe("Improvement Board, 27 March 2012");
    const teamTotal = body.teams.rows.reduce((sum, r) => sum + (r.numerator as number), 0);
    expect(teamTotal).toBe(body.points.at(-1)?.numerator);
    const england = body.benchmarks.rows.find((r) => r.year === "2012-13");
    expect(england?.england).not.toBeNull();
    expect(england?.computed).toBe(
      (
        await get<IndicatorView>(officer, "/api/performance/indicators/re_referrals_12m?series=ytd")
      ).body.points.at(-1)?.value,
    );
  });

  it("answers 404 for an unknown indicator", async () => {
    expect((await get(officer, "/api/performance/indicators/no_such_thing")).status).toBe(404);
  });
});

describe("drill-down", () => {
  it("lists exactly the records behind the numerator and audits every child shown", async () => {
    const url =
      "/api/performance/indicators/initial_assessments_10wd/children?periodEnd=2012-10-31&part=numerator";
    const { status, body } = await get<{
      rows: { key: string; childId: number }[];
      total: number;
      hidden: number;
    }>(officer, url);
    expect(status).toBe(200);
    const engine = computeIndicator("initial_assessments_10wd", await loadCaseData(t.database.db), {
      from: "2012-10-01",
      to: "2012-10-31",
    });
    expect(body.total).toBe(engine.numerator);
    expect(body.hidden).toBe(0);
    expect(body.rows.map((r) => r.key).sort()).toEqual([...engine.numeratorKeys].sort());
    const entry = await t.database.db.execute(sql`
      SELECT child_ids FROM audit_log WHERE action = 'indicator.drill_down' ORDER BY id DESC LIMIT 1`);
    const audited = (entry.rows[0] as { child_ids: number[] }).child_ids;
    expect(new Set(audited)).toEqual(new Set(body.rows.map((r) => r.childId)));
  });

  it("shows a social worker only their team's children and counts the rest", async () => {
    const worker = await signIn(t.app, demoUsername("social_worker"));
    const url = "/api/performance/indicators/referrals/children?series=ytd&periodEnd=2013-03-31";
    const { body } = await get<{ rows: { laChildId: string }[]; total: number; hidden: number }>(
      worker,
      url,
    );
    expect(body.hidden).toBeGreaterThan(0);
    expect(body.rows.length + body.hidden).toBe(body.total);
    const all = (await get<{ rows: { laChildId: string }[] }>(officer, url)).body.rows;
    expect(all.length).toBe(body.total);
    for (const row of body.rows) expect(childOfKey(`x:${row.laChildId}`)).toBe(row.laChildId);
  });
});

describe("targets and commentary", () => {
  it("refuses an impossible target naming the problem, then keeps every version", async () => {
    const url = "/api/performance/indicators/icpc_15wd/targets";
    const base = {
      tolerance: { kind: "points", amount: 5 },
      targetDate: "2013-09-30",
      agreedBy: "Improvement Board",
      agreedAt: "Improvement Board, 24 January 2013",
      agreedOn: "2013-01-24",
      changeReason: "Stretch target after sustained improvement",
    };
    const bad = await t.app.inject({
      method: "POST",
      url,
      headers: officer.headers,
      payload: { ...base, steps: [{ from: "2013-02-01", value: 120 }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain("120");
    const before = (await get<IndicatorView>(officer, "/api/performance/indicators/icpc_15wd"))
      .body;
    const good = await t.app.inject({
      method: "POST",
      url,
      headers: officer.headers,
      payload: {
        ...base,
        steps: [
          { from: "2012-06-01", value: 70 },
          { from: "2013-02-01", value: 92 },
        ],
      },
    });
    expect(good.statusCode).toBe(200);
    const after = (await get<IndicatorView>(officer, "/api/performance/indicators/icpc_15wd")).body;
    expect(after.targetHistory).toHaveLength(before.targetHistory.length + 1);
    expect(after.target?.targetDate).toBe("2013-09-30");
    expect(after.points.at(-1)?.target).toBe(92);
  });

  it("keeps commentary as history and shows the latest for the month", async () => {
    const url = "/api/performance/indicators/lac_reviews_on_time/commentary";
    for (const narrative of [
      "First draft of the narrative.",
      "Revised after the Board's questions.",
    ]) {
      const response = await t.app.inject({
        method: "POST",
        url,
        headers: officer.headers,
        payload: {
          periodEnd: "2013-03-31",
          owner: "Head of Children in Care",
          narrative,
          correctiveAction: "Reviewing officer capacity added.",
        },
      });
      expect(response.statusCode).toBe(200);
    }
    const page = (
      await get<IndicatorView>(officer, "/api/performance/indicators/lac_reviews_on_time")
    ).body;
    expect(page.commentary.map((c) => c.narrative)).toEqual([
      "Revised after the Board's questions.",
      "First draft of the narrative.",
    ]);
  });
});
