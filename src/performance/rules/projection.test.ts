import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, endOfMonth } from "../../calendar/index.ts";
import { roundHalfUp } from "./numbers.ts";
import { type ProjectionInput, projectToTarget, tQuantile975 } from "./projection.ts";

function monthly(values: readonly (number | null)[], first = "2012-07-01") {
  return values.map((value, i) => ({ period: endOfMonth(addMonths(first, i)), value }));
}

/** Student's t density with integer df; Gamma ratios by the recurrences from 1/2 and 1. */
function tDensity(x: number, df: number): number {
  const gamma = (twice: number): number => {
    // Gamma(twice / 2) for a positive integer `twice`
    if (twice === 1) return Math.sqrt(Math.PI);
    if (twice === 2) return 1;
    return (twice / 2 - 1) * gamma(twice - 2);
  };
  const c = gamma(df + 1) / (Math.sqrt(df * Math.PI) * gamma(df));
  return c * (1 + (x * x) / df) ** (-(df + 1) / 2);
}

/** P(0 < T < q) by Simpson's rule. */
function centralMass(q: number, df: number, steps = 4000): number {
  const h = q / steps;
  let sum = tDensity(0, df) + tDensity(q, df);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * tDensity(i * h, df);
  return (sum * h) / 3;
}

describe("tQuantile975", () => {
  it("textbook values", () => {
    expect(tQuantile975(1)).toBeCloseTo(12.706, 3);
    expect(tQuantile975(4)).toBeCloseTo(2.776, 3);
    expect(tQuantile975(10)).toBeCloseTo(2.228, 3);
    expect(tQuantile975(30)).toBeCloseTo(2.042, 3);
    expect(tQuantile975(120)).toBeCloseTo(1.98, 3);
    expect(tQuantile975(100_000)).toBeCloseTo(1.96, 3);
  });

  it("leaves 2.5% in the upper tail, checked by integrating the density (df 1-60)", () => {
    for (let df = 1; df <= 60; df++) {
      expect(centralMass(tQuantile975(df), df)).toBeCloseTo(0.475, 5);
    }
  });

  it("falls as df grows and joins the table smoothly at 30/31", () => {
    for (let df = 1; df < 200; df++) expect(tQuantile975(df + 1)).toBeLessThan(tQuantile975(df));
    expect(tQuantile975(30) - tQuantile975(31)).toBeCloseTo(0.00276, 4);
  });

  it("refuses df below 1 or fractional", () => {
    expect(() => tQuantile975(0)).toThrow(RangeError);
    expect(() => tQuantile975(2.5)).toThrow(RangeError);
  });
});

describe("projectToTarget: hand-worked", () => {
  // Six months, x = 0..5 (here -5..0 from the latest), y = 1 3 2 4 3 5.
  //   x-bar 2.5, y-bar 3, Sxx = 6.25+2.25+0.25+0.25+2.25+6.25 = 17.5
  //   Sxy = (-2.5)(-2) + 0 + (-0.5)(-1) + (0.5)(1) + 0 + (2.5)(2) = 11
  //   b = 11 / 17.5 = 0.628571, a = 3 - 2.5 b = 1.428571
  //   SSE = Syy - Sxy^2/Sxx = 10 - 121/17.5 = 3.085714, s = sqrt(SSE / 4) = 0.878310
  // Target date six months after the last point: x0 = 11.
  //   y0 = a + 11 b = 8.342857
  //   se = s * sqrt(1 + 1/6 + (11 - 2.5)^2 / 17.5) = 0.878310 * 2.301138 = 2.021113
  //   t(0.975, 4) = 2.776445: y0 +/- 5.611480 = 2.731348 .. 13.954367
  const base = (target: number, polarity: ProjectionInput["polarity"] = "high") =>
    projectToTarget({
      points: monthly([1, 3, 2, 4, 3, 5]), // 2012-07 .. 2012-12
      targetDate: "2013-06-30",
      target,
      polarity,
    });

  it("the line and the interval", () => {
    const p = base(2);
    expect(p.slopePerMonth).toBeCloseTo(0.628571, 6);
    expect(p.projected).toBeCloseTo(8.342857, 6);
    expect(p.low).toBeCloseTo(2.731348, 5);
    expect(p.high).toBeCloseTo(13.954367, 5);
    expect(p.pointsUsed).toBe(6);
  });

  it("likely, possible, unlikely (polarity high)", () => {
    expect(base(2)).toMatchObject({
      onTrack: "likely",
      reason:
        "Likely: all of it is at or above the 2% target. The trend over 6 monthly values (up 0.63 points a month) projects 8.3% by 2013-06-30, with a 95% prediction range of 2.7% to 14.0%",
    });
    expect(base(8).onTrack).toBe("possible");
    expect(base(8).reason.startsWith("Possible: the range spans the 8% target.")).toBe(true);
    expect(base(15).onTrack).toBe("unlikely");
    // 13.954 is printed as 14.0%, which meets a 14% target: read as printed, possible
    expect(base(14).onTrack).toBe("possible");
  });

  it("polarity low flips the reading", () => {
    expect(base(15, "low").onTrack).toBe("likely");
    expect(
      base(15, "low").reason.startsWith("Likely: all of it is at or below the 15% target."),
    ).toBe(true);
    expect(base(8, "low").onTrack).toBe("possible");
    expect(base(2, "low").onTrack).toBe("unlikely");
  });
});

describe("projectToTarget: the window and the data", () => {
  it("an exact line has a zero-width interval", () => {
    // 60, 62, ..., 82 over 2012-07..2013-06: +2 a month; December 2013 is 6 months on: 94
    const points = monthly(Array.from({ length: 12 }, (_, i) => 60 + 2 * i));
    const p = projectToTarget({ points, targetDate: "2013-12-31", target: 90, polarity: "high" });
    expect(p.projected).toBeCloseTo(94, 9);
    expect(p.low).toBeCloseTo(94, 9);
    expect(p.high).toBeCloseTo(94, 9);
    expect(p.onTrack).toBe("likely");
  });

  it("uses only the last `window` months", () => {
    // 6 old months at 0 then 12 at a steady 50: with the default window the old ones drop out
    const points = monthly([0, 0, 0, 0, 0, 0, ...Array<number>(12).fill(50)]);
    const p = projectToTarget({ points, targetDate: "2014-06-30", target: 50, polarity: "high" });
    expect(p.pointsUsed).toBe(12);
    expect(p.projected).toBeCloseTo(50, 9);
    expect(p.reason).toContain("(flat)");
    const wide = projectToTarget({
      points,
      targetDate: "2014-06-30",
      target: 50,
      polarity: "high",
      window: 18,
    });
    expect(wide.pointsUsed).toBe(18);
    expect(wide.slopePerMonth).toBeGreaterThan(0);
  });

  it("missing months leave a gap in x instead of squeezing the line", () => {
    // y = 2x at x = 0, 1, 2, 5, 6, 7 (months 3 and 4 missing): still exactly 2 a month
    const points = monthly([0, 2, 4, null, null, 10, 12, 14]);
    const p = projectToTarget({ points, targetDate: "2013-08-31", target: 20, polarity: "high" });
    // latest 2013-02 is x = 7; 2013-08 is x = 13: 26
    expect(p.slopePerMonth).toBeCloseTo(2, 9);
    expect(p.projected).toBeCloseTo(26, 9);
    expect(p.pointsUsed).toBe(6);
  });

  it("insufficient data below the minimum number of values", () => {
    const p = projectToTarget({
      points: monthly([50, null, 52, 53, 54]),
      targetDate: "2013-06-30",
      target: 60,
      polarity: "high",
    });
    expect(p).toEqual({
      projected: null,
      low: null,
      high: null,
      slopePerMonth: null,
      pointsUsed: 4,
      onTrack: "insufficient_data",
      reason: "Not enough data: 4 monthly value(s) in the last 12 months; a trend needs at least 6",
    });
    expect(
      projectToTarget({ points: [], targetDate: "2013-06-30", target: 1, polarity: "high" })
        .onTrack,
    ).toBe("insufficient_data");
    // three points are enough when asked for (df = 1)
    const three = projectToTarget({
      points: monthly([50, 52, 53]),
      targetDate: "2013-06-30",
      target: 60,
      polarity: "high",
      minPoints: 3,
    });
    expect(three.onTrack).not.toBe("insufficient_data");
  });

  it("percentages are cut at 100% and counts at 0", () => {
    const rising = monthly(Array.from({ length: 12 }, (_, i) => 80 + 2 * i)); // reaches 102 by the line
    const p = projectToTarget({
      points: rising.slice(0, 10),
      targetDate: "2014-06-30",
      target: 95,
      polarity: "high",
    });
    expect(p.projected).toBe(100);
    expect(p.high).toBe(100);
    expect(p.reason).toContain("(the line was cut at 0% and 100%)");
    const falling = monthly([50, 40, 30, 20, 10, 5]);
    const c = projectToTarget({
      points: falling,
      targetDate: "2014-06-30",
      target: 0,
      polarity: "low",
      unit: "count",
    });
    expect(c.projected).toBe(0);
    expect(c.onTrack).toBe("likely");
    expect(c.reason).toContain("(the line was cut at 0)");
  });

  it("says so when the target date is not in the future", () => {
    const p = projectToTarget({
      points: monthly([1, 3, 2, 4, 3, 5]),
      targetDate: "2012-12-31",
      target: 2,
      polarity: "high",
    });
    expect(p.reason).toContain("the target date is not after the latest figure");
  });

  it("rejects two figures for one month, unordered figures and bad options", () => {
    const twice = [
      { period: "2013-01-15", value: 1 },
      { period: "2013-01-31", value: 2 },
    ];
    expect(() =>
      projectToTarget({ points: twice, targetDate: "2013-06-30", target: 1, polarity: "high" }),
    ).toThrow(RangeError);
    const points = monthly([1, 2, 3, 4, 5, 6]);
    expect(() =>
      projectToTarget({
        points,
        targetDate: "2013-06-30",
        target: 1,
        polarity: "high",
        minPoints: 2,
      }),
    ).toThrow(RangeError);
    expect(() =>
      projectToTarget({ points, targetDate: "2013-06-30", target: 1, polarity: "high", window: 2 }),
    ).toThrow(RangeError);
  });
});

describe("projectToTarget properties", () => {
  const series = fc.array(
    fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
    { minLength: 6, maxLength: 24 },
  );

  it("low <= projected <= high, and the verdict matches the interval", () => {
    fc.assert(
      fc.property(
        series,
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom("high", "low" as const),
        (vs, target, polarity) => {
          const p = projectToTarget({
            points: monthly(vs),
            targetDate: "2016-03-31",
            target,
            polarity,
          });
          if (p.low === null || p.high === null || p.projected === null)
            throw new Error("no projection");
          expect(p.low).toBeLessThanOrEqual(p.projected);
          expect(p.projected).toBeLessThanOrEqual(p.high);
          const r = (v: number) => roundHalfUp(v, 1);
          const meets = (v: number) => (polarity === "high" ? r(v) >= target : r(v) <= target);
          const [worst, best] = polarity === "high" ? [p.low, p.high] : [p.high, p.low];
          if (meets(worst)) expect(p.onTrack).toBe("likely");
          else if (!meets(best)) expect(p.onTrack).toBe("unlikely");
        },
      ),
    );
  });

  it("the interval widens with the distance to the target date", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 24 }), (vs, extra) => {
        // counts lifted by 1000 so nothing is cut at 0 and the half-widths can be compared
        const points = monthly(vs.map((v) => v + 1000));
        const at = (months: number) =>
          projectToTarget({
            points,
            targetDate: endOfMonth(addMonths("2012-07-01", vs.length - 1 + months)),
            target: 1000,
            polarity: "high",
            unit: "count",
          });
        const halfWidth = (p: ReturnType<typeof at>) => (p.high ?? 0) - (p.projected ?? 0);
        expect(halfWidth(at(1 + extra))).toBeGreaterThanOrEqual(halfWidth(at(1)) - 1e-9);
      }),
    );
  });
});
