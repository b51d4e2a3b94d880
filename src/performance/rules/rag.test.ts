import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDefinition } from "../indicators/definitions.ts";
import {
  directionOfTravel,
  type Polarity,
  type RagInput,
  ragForIndicator,
  ragStatus,
  travel,
} from "./rag.ts";
import type { Target } from "./targets.ts";

const pct = (value: number | null, target: number | null, extra: Partial<RagInput> = {}) =>
  ragStatus({
    value,
    target,
    tolerance: { kind: "points", amount: 5 },
    polarity: "high",
    unit: "percent",
    ...extra,
  });

describe("ragStatus: polarity high (higher is better)", () => {
  it("the brief's three examples", () => {
    // 80 - 71.2 = 8.8 points short > 5: red
    expect(pct(71.2, 80)).toEqual({
      status: "red",
      reason: "Red: 71.2% is 8.8 points below the 80% target, beyond the 5-point tolerance",
    });
    // 80 - 77.0 = 3.0 points short <= 5: amber
    expect(pct(77, 80)).toEqual({
      status: "amber",
      reason: "Amber: 77.0% is 3.0 points below the 80% target, within the 5-point tolerance",
    });
    expect(pct(82.5, 80)).toEqual({
      status: "green",
      reason: "Green: 82.5% meets the 80% target",
    });
  });

  it("boundaries: exactly on target is green, exactly at the tolerance is amber", () => {
    expect(pct(80, 80).status).toBe("green");
    expect(pct(75, 80).status).toBe("amber"); // 5.0 short, tolerance 5: within (inclusive)
    expect(pct(74.9, 80).status).toBe("red"); // 5.1 short
    // 64.4 - 59.4 is 5.000000000000007 in floating point; compared exactly it is 5.0
    expect(pct(59.4, 64.4).status).toBe("amber");
    expect(pct(59.4, 64.4).reason).toBe(
      "Amber: 59.4% is 5.0 points below the 64.4% target, within the 5-point tolerance",
    );
  });

  it("rounds the figure to the indicator's precision before comparing", () => {
    // 79.96 is shown as 80.0%, so it meets an 80% target (what the Board reads)
    expect(pct(79.96, 80).reason).toBe("Green: 80.0% meets the 80% target");
    // 79.94 is shown as 79.9%: 0.1 points short
    expect(pct(79.94, 80).reason).toBe(
      "Amber: 79.9% is 0.1 points below the 80% target, within the 5-point tolerance",
    );
  });

  it("a relative (percent) tolerance is a share of the target", () => {
    const rel = { tolerance: { kind: "percent", amount: 5 } } as const;
    // 5% of 80 = 4.0 points; 80 - 76.0 = 4.0: amber (inclusive)
    expect(pct(76, 80, rel)).toEqual({
      status: "amber",
      reason:
        "Amber: 76.0% is 4.0 points below the 80% target, within the 5% tolerance (4.0 points)",
    });
    // 80 - 75.9 = 4.1 > 4.0: red, although it would be amber with 5 points
    expect(pct(75.9, 80, rel).status).toBe("red");
    // 5% of 83.3 = 4.165 points; 83.3 - 79.2 = 4.1 <= 4.165: amber; shown as 4.2 (half up)
    expect(pct(79.2, 83.3, rel).reason).toBe(
      "Amber: 79.2% is 4.1 points below the 83.3% target, within the 5% tolerance (4.2 points)",
    );
  });

  it("no tolerance: anything short is red", () => {
    expect(pct(79.9, 80, { tolerance: null })).toEqual({
      status: "red",
      reason: "Red: 79.9% is 0.1 points below the 80% target, with no tolerance",
    });
    expect(pct(79.9, 80, { tolerance: { kind: "points", amount: 0 } }).status).toBe("red");
    expect(pct(80, 80, { tolerance: null }).status).toBe("green");
  });
});

describe("ragStatus: polarity low (lower is better, e.g. re-referrals)", () => {
  const low = (value: number, target: number) => pct(value, target, { polarity: "low" });

  it("above the target is bad", () => {
    // 30.0 - 20 = 10.0 points above > 5: red
    expect(low(30, 20)).toEqual({
      status: "red",
      reason:
        "Red: 30.0% is 10.0 points above the 20% target, beyond the 5-point tolerance (lower is better)",
    });
    // 23.5 - 20 = 3.5 above <= 5: amber
    expect(low(23.5, 20).status).toBe("amber");
    expect(low(25, 20).status).toBe("amber");
    expect(low(25.1, 20).status).toBe("red");
    expect(low(18, 20)).toEqual({
      status: "green",
      reason: "Green: 18.0% meets the 20% target (lower is better)",
    });
    expect(low(20, 20).status).toBe("green");
  });
});

describe("ragStatus: counts", () => {
  it("words a count without points or percent signs", () => {
    const count = (value: number, extra: Partial<RagInput> = {}) =>
      ragStatus({
        value,
        target: 100,
        tolerance: { kind: "points", amount: 10 },
        polarity: "low",
        unit: "count",
        ...extra,
      });
    expect(count(130).reason).toBe(
      "Red: 130 is 30 above the 100 target, beyond the tolerance of 10 (lower is better)",
    );
    expect(count(108).status).toBe("amber");
    // 10% of 100 = 10
    expect(count(110, { tolerance: { kind: "percent", amount: 10 } }).reason).toBe(
      "Amber: 110 is 10 above the 100 target, within the 10% tolerance (10) (lower is better)",
    );
    expect(count(1200, { target: 1000 }).reason).toBe(
      "Red: 1,200 is 200 above the 1,000 target, beyond the tolerance of 10 (lower is better)",
    );
  });
});

describe("ragStatus: no data and no target", () => {
  it("null value is no data, whatever else is set", () => {
    expect(pct(null, 80)).toEqual({
      status: "no_data",
      reason: "No data: no records in the period",
    });
    expect(pct(null, null, { polarity: "none" }).status).toBe("no_data");
  });

  it("no target set", () => {
    expect(pct(70, null)).toEqual({
      status: "no_target",
      reason: "No target: none is set for this period",
    });
  });

  it("polarity none is not rated without a target, and read as higher-is-better with one", () => {
    expect(pct(70, null, { polarity: "none" }).status).toBe("no_target");
    expect(pct(70, null, { polarity: "none" }).reason).toContain("no direction is better");
    expect(pct(70, 80, { polarity: "none" }).status).toBe("red");
    expect(pct(82, 80, { polarity: "none" }).status).toBe("green");
    expect(pct(82, 80, { polarity: "none" }).reason).toContain("higher is read as meeting it");
  });
});

describe("ragStatus properties", () => {
  const tenths = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
  const polarity = fc.constantFrom<Polarity>("high", "low");

  it("status follows the shortfall in tenths, exactly", () => {
    fc.assert(
      fc.property(tenths, tenths, fc.integer({ min: 0, max: 200 }), polarity, (v, t, tol, p) => {
        const result = ragStatus({
          value: v,
          target: t,
          tolerance: { kind: "points", amount: tol / 10 },
          polarity: p,
          unit: "percent",
        });
        // work in integer tenths so the expectation has no floating point at all
        const [vt, tt] = [Math.round(v * 10), Math.round(t * 10)];
        const short = p === "high" ? tt - vt : vt - tt;
        const expected = short <= 0 ? "green" : tol > 0 && short <= tol ? "amber" : "red";
        expect(result.status).toBe(expected);
        expect(result.reason.toLowerCase().startsWith(expected)).toBe(true);
      }),
    );
  });

  it("improving the figure never makes the status worse", () => {
    const rank = { green: 0, amber: 1, red: 2 } as Record<string, number>;
    fc.assert(
      fc.property(tenths, tenths, tenths, polarity, (v, t, step, p) => {
        const better = p === "high" ? v + step : Math.max(0, v - step);
        const a = pct(v, t, { polarity: p }).status;
        const b = pct(better, t, { polarity: p }).status;
        expect(rank[b]).toBeLessThanOrEqual(rank[a] ?? 0);
      }),
    );
  });
});

describe("ragForIndicator: the step in force at the period end", () => {
  const target: Target = {
    indicatorId: "assessments_45wd",
    steps: [
      { from: "2012-06-30", value: 60 },
      { from: "2012-12-31", value: 80 },
      { from: "2013-06-30", value: 90 },
    ],
    tolerance: { kind: "points", amount: 5 },
    targetDate: "2013-06-30",
  };
  const definition = getDefinition("assessments_45wd");

  it("the same 77% is green in November and amber in January", () => {
    expect(ragForIndicator(definition, 77, target, "2012-11-30")).toMatchObject({
      status: "green",
      targetValue: 60,
    });
    expect(ragForIndicator(definition, 77, target, "2013-01-31")).toMatchObject({
      status: "amber",
      targetValue: 80,
    });
    expect(ragForIndicator(definition, 77, target, "2013-07-31").status).toBe("red");
  });

  it("before the first step, or with no target at all, there is no target", () => {
    expect(ragForIndicator(definition, 77, target, "2012-05-31").status).toBe("no_target");
    expect(ragForIndicator(definition, 77, null, "2013-01-31").status).toBe("no_target");
  });

  it("counts use precision 0 from the definition", () => {
    const referrals: Target = {
      ...target,
      indicatorId: "referrals",
      steps: [{ from: "2012-01-01", value: 250 }],
    };
    expect(ragForIndicator(getDefinition("referrals"), 240, referrals, "2013-01-31").reason).toBe(
      "Red: 240 is 10 below the 250 target, beyond the tolerance of 5 (no direction is better for this indicator, so higher is read as meeting it)",
    );
  });
});

describe("directionOfTravel", () => {
  it("polarity high: up is improving", () => {
    expect(directionOfTravel(77, 74, "high")).toEqual({
      direction: "improving",
      change: 3,
      reason: "Improving: 77.0%, up 3.0 points from 74.0% in the previous period",
    });
    expect(directionOfTravel(71.2, 74, "high").direction).toBe("worsening");
    expect(directionOfTravel(71.2, 74, "high").change).toBe(-2.8);
  });

  it("polarity low: down is improving", () => {
    expect(directionOfTravel(18, 20, "low", { against: "year_earlier" })).toEqual({
      direction: "improving",
      change: -2,
      reason:
        "Improving: 18.0%, down 2.0 points from 20.0% in the same period a year earlier (lower is better)",
    });
    expect(directionOfTravel(22, 20, "low").direction).toBe("worsening");
  });

  it("equal at the shown precision is unchanged", () => {
    expect(directionOfTravel(77.04, 76.96, "high")).toEqual({
      direction: "unchanged",
      change: 0,
      reason: "Unchanged: 77.0%, the same as the previous period",
    });
  });

  it("a missing figure is not comparable", () => {
    expect(directionOfTravel(null, 70, "high")).toEqual({
      direction: "not_comparable",
      change: null,
      reason: "Not comparable: no data for this period",
    });
    expect(directionOfTravel(70, null, "high", { against: "year_earlier" }).reason).toBe(
      "Not comparable: no data for the same period a year earlier",
    );
  });

  it("polarity none: a change is neither better nor worse", () => {
    expect(directionOfTravel(130, 118, "none", { unit: "count" })).toEqual({
      direction: "not_comparable",
      change: 12,
      reason:
        "No better direction: 130, up 12 from 118 in the previous period; neither way is an improvement for this indicator",
    });
    expect(directionOfTravel(130, 130, "none", { unit: "count" }).direction).toBe("unchanged");
  });

  it("travel gives both comparisons", () => {
    const both = travel({
      current: 77,
      previous: 74,
      yearEarlier: 81,
      polarity: "high",
      unit: "percent",
    });
    expect(both.sincePreviousPeriod.direction).toBe("improving");
    expect(both.sinceYearEarlier.direction).toBe("worsening");
    expect(both.sinceYearEarlier.reason).toBe(
      "Worsening: 77.0%, down 4.0 points from 81.0% in the same period a year earlier",
    );
  });

  it("is antisymmetric for polarity high and low (property)", () => {
    const tenths = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
    fc.assert(
      fc.property(tenths, tenths, fc.constantFrom<Polarity>("high", "low"), (a, b, p) => {
        const forward = directionOfTravel(a, b, p).direction;
        const back = directionOfTravel(b, a, p).direction;
        const flip = { improving: "worsening", worsening: "improving", unchanged: "unchanged" };
        expect(back).toBe(flip[forward as keyof typeof flip]);
      }),
    );
  });
});
