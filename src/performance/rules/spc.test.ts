import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths, endOfMonth } from "../../calendar/index.ts";
import { assurance, type SpcInputPoint, type SpcRule, xmrChart } from "./spc.ts";

/** Month-end periods from April 2012, one per value. */
function series(values: readonly (number | null)[], first = "2012-04-01"): SpcInputPoint[] {
  return values.map((value, i) => ({ period: endOfMonth(addMonths(first, i)), value }));
}

const rulesAt = (chart: ReturnType<typeof xmrChart>, i: number) =>
  chart.points[i]?.signals.map((s) => `${s.rule}:${s.side}`) ?? [];

describe("xmrChart: the arithmetic", () => {
  // 50 52 48 51 49 50 53 47 50 50 52 48: sum 600, mean 600 / 12 = 50
  // moving ranges 2 4 3 2 1 3 6 3 0 2 4: sum 30, mR-bar 30 / 11 = 2.72727...
  // limits 50 +/- 2.66 * 30/11 = 50 +/- 7.25454...  -> 57.2545 / 42.7455
  // near   50 +/- (2/3) * 7.25454... = 50 +/- 4.83636... -> 54.8364 / 45.1636
  const values = [50, 52, 48, 51, 49, 50, 53, 47, 50, 50, 52, 48];
  const chart = xmrChart(series(values), { polarity: "high" });

  it("mean, moving ranges and limits", () => {
    const [segment] = chart.segments;
    expect(segment?.mean).toBe(50);
    expect(segment?.averageMovingRange).toBeCloseTo(30 / 11, 12);
    expect(segment?.upperProcessLimit).toBeCloseTo(57.254545, 5);
    expect(segment?.lowerProcessLimit).toBeCloseTo(42.745455, 5);
    expect(segment?.upperNearLimit).toBeCloseTo(54.836364, 5);
    expect(segment?.lowerNearLimit).toBeCloseTo(45.163636, 5);
    expect(chart.points.map((p) => p.movingRange)).toEqual([null, 2, 4, 3, 2, 1, 3, 6, 3, 0, 2, 4]);
  });

  it("no rule fires: every point is common cause, 12 points needs no warning", () => {
    expect(chart.points.every((p) => p.variation === "common_cause")).toBe(true);
    expect(chart.points[0]?.note).toBe("Common cause variation");
    expect(chart.warnings).toEqual([]);
  });
});

describe("xmrChart: the rules", () => {
  it("a point beyond the process limits, classified by polarity", () => {
    // 5 7 5 7 5 7 5 7 5 7 5 7 19: sum 91, mean 7; mR: eleven 2s and 12 -> 34/12 = 2.8333
    // UPL = 7 + 2.66 * 2.8333 = 14.537, so 19 is above it. The 5s are below the mean and
    // the 7s on it, so no run of 7 forms; near limit 12.02: only one point beyond it.
    const points = series([5, 7, 5, 7, 5, 7, 5, 7, 5, 7, 5, 7, 19]);
    const high = xmrChart(points, { polarity: "high" });
    expect(rulesAt(high, 12)).toEqual(["beyond_limits:high"]);
    expect(high.points[12]?.variation).toBe("special_cause_improvement");
    expect(high.points[12]?.note).toBe(
      "Special cause variation, improvement: above the upper process limit",
    );
    expect(high.points.slice(0, 12).every((p) => p.variation === "common_cause")).toBe(true);
    expect(xmrChart(points, { polarity: "low" }).points[12]?.variation).toBe(
      "special_cause_concern",
    );
    expect(xmrChart(points, { polarity: "none" }).points[12]?.variation).toBe(
      "special_cause_neither",
    );
  });

  it("shift: 7 points on one side of the mean, every point flagged", () => {
    // 8 9 8 9 8 9 8 | 12 11 12 11 12 11 12: sum 140, mean 10
    // mR: six 1s, 4, six 1s = 16/13 = 1.2308; near limits 10 +/- 2.1826 = 12.18 / 7.82
    // so nothing is beyond a limit; the first 7 are below the mean, the last 7 above.
    const chart = xmrChart(series([8, 9, 8, 9, 8, 9, 8, 12, 11, 12, 11, 12, 11, 12]), {
      polarity: "high",
    });
    for (let i = 0; i < 7; i++) expect(rulesAt(chart, i)).toEqual(["shift:low"]);
    for (let i = 7; i < 14; i++) expect(rulesAt(chart, i)).toEqual(["shift:high"]);
    expect(chart.points[0]?.variation).toBe("special_cause_concern");
    expect(chart.points[13]?.variation).toBe("special_cause_improvement");
    expect(chart.points[0]?.note).toBe(
      "Special cause variation, concern: part of a run of 7 or more points below the mean (shift)",
    );
  });

  it("shift: 6 on one side is not enough, and a point on the mean breaks a run", () => {
    // 8 9 8 9 8 9 | 12 11 12 11 12 11: mean 10, runs of 6 each side
    const six = xmrChart(series([8, 9, 8, 9, 8, 9, 12, 11, 12, 11, 12, 11]), { polarity: "high" });
    expect(six.points.every((p) => p.signals.length === 0)).toBe(true);
    // 8 9 8 10 9 8 9 8 | 12 11 12 11 12 11 11 11: sum 69 + 91 = 160, mean 10. The 10 sits
    // exactly on the mean and splits the low side into runs of 3 and 4; the high side is a
    // run of 8. (mR-bar 17/15 = 1.133, near limits 10 +/- 2.01: nothing close to a limit.)
    const values = [8, 9, 8, 10, 9, 8, 9, 8, 12, 11, 12, 11, 12, 11, 11, 11];
    expect(values.reduce((a, b) => a + b) / values.length).toBe(10);
    const split = xmrChart(series(values), { polarity: "high" });
    for (let i = 0; i < 8; i++) expect(rulesAt(split, i)).toEqual([]);
    for (let i = 8; i < 16; i++) expect(rulesAt(split, i)).toEqual(["shift:high"]);
  });

  it("trend: 7 points each higher than the last", () => {
    // 10 14 10 14 | 9 10 11 12 13 14 15 | 10: mean 142/12 = 11.833, mR-bar 28/11 = 2.545,
    // near limits 16.35 / 7.32 so nothing is close to a limit; 9..15 rise 7 points in a row
    const chart = xmrChart(series([10, 14, 10, 14, 9, 10, 11, 12, 13, 14, 15, 10]), {
      polarity: "low",
    });
    for (let i = 4; i <= 10; i++) expect(rulesAt(chart, i)).toEqual(["trend:high"]);
    for (const i of [0, 1, 2, 3, 11]) expect(rulesAt(chart, i)).toEqual([]);
    // rising is concern when lower is better
    expect(chart.points[4]?.variation).toBe("special_cause_concern");
  });

  it("trend: 6 rising points, or a repeated value, is not a trend", () => {
    const six = xmrChart(series([10, 14, 10, 14, 9, 10, 11, 12, 13, 14, 10, 12]), {
      polarity: "high",
    });
    expect(six.points.some((p) => p.signals.some((s) => s.rule === "trend"))).toBe(false);
    // 9 10 11 11 12 13 14 15: the repeated 11 breaks the run into 3 and 5
    const flat = xmrChart(series([12, 14, 9, 10, 11, 11, 12, 13, 14, 15, 11, 13]), {
      polarity: "high",
    });
    expect(flat.points.some((p) => p.signals.some((s) => s.rule === "trend"))).toBe(false);
  });

  it("trend: falling runs are low, and a turning point belongs to both runs", () => {
    // 1..7 then 7..1 (the 7 at the top is shared); checked by rule only
    const values = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];
    const chart = xmrChart(series(values), { polarity: "high" });
    const trend = (i: number) => rulesAt(chart, i).filter((r) => r.startsWith("trend"));
    expect(trend(0)).toEqual(["trend:high"]);
    expect(trend(6)).toEqual(["trend:high", "trend:low"]);
    expect(trend(12)).toEqual(["trend:low"]);
  });

  it("two of three points beyond the same near limit", () => {
    // twenty points alternating 5, 7, then 11 7 11: sum 120 + 29 = 149, n 23, mean 6.478
    // mR: nineteen 2s, 4, 4, 4 = 50/22 = 2.2727; UPL 6.478 + 6.045 = 12.52 (11 is inside);
    // near 6.478 + 4.030 = 10.51: in the last window (11, 7, 11) two points are beyond it
    const values = [...Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 5 : 7)), 11, 7, 11];
    const chart = xmrChart(series(values), { polarity: "high" });
    expect(chart.segments[0]?.upperNearLimit).toBeCloseTo(6.478261 + (2 / 3) * 2.66 * (50 / 22), 5);
    expect(rulesAt(chart, 20)).toEqual(["two_of_three:high"]);
    expect(rulesAt(chart, 21)).toEqual([]); // back near the mean: not flagged
    expect(rulesAt(chart, 22)).toEqual(["two_of_three:high"]);
    expect(chart.points[22]?.variation).toBe("special_cause_improvement");
    // one point beyond the near limit alone is not a signal
    const one = xmrChart(series([...values.slice(0, 21), 7, 5]), { polarity: "high" });
    expect(rulesAt(one, 20)).toEqual([]);
  });

  it("beyond the limits outranks a run on the other side", () => {
    // 10 x 11 then 30: mean (110 + 30)/12 = 11.667; mR: ten 0s and 20 -> 20/11 = 1.818;
    // UPL 11.667 + 4.836 = 16.50. The eleven 10s are below the mean (shift low) and 30 is
    // above the limit: the 10s are concern, the 30 improvement, for polarity high.
    const chart = xmrChart(series([...Array<number>(11).fill(10), 30]), { polarity: "high" });
    expect(rulesAt(chart, 0)).toEqual(["shift:low"]);
    expect(chart.points[0]?.variation).toBe("special_cause_concern");
    expect(rulesAt(chart, 11)).toEqual(["beyond_limits:high"]);
    expect(chart.points[11]?.variation).toBe("special_cause_improvement");
  });

  it("floating-point noise does not move a point off the mean", () => {
    // mean of 0.1 0.2 0.3 is 0.20000000000000004 in floating point; 0.2 is on it, so the
    // six points above and below do not join into a run of 7 through it
    const values = [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1];
    const chart = xmrChart(series(values), { polarity: "high" });
    expect(chart.points.some((p) => p.signals.some((s) => s.rule === "shift"))).toBe(false);
  });
});

describe("xmrChart: missing values, rebasing and warnings", () => {
  it("nulls keep their place, are explained, and are bridged by the moving range", () => {
    // 5 7 null 5 7 ...: the moving range after the gap is |5 - 7| = 2
    const values = [5, 7, null, 5, 7, 5, 7, 5, 7, 5, 7, 5, 7];
    const chart = xmrChart(series(values), { polarity: "high" });
    expect(chart.points).toHaveLength(13);
    expect(chart.points[2]).toMatchObject({ value: null, movingRange: null, variation: "no_data" });
    expect(chart.points[2]?.note).toContain("left out of the mean and limits");
    expect(chart.points[3]?.movingRange).toBe(2);
    // 12 values: mean 6, every moving range 2
    expect(chart.segments[0]).toMatchObject({ count: 12, mean: 6, averageMovingRange: 2 });
  });

  it("rebasing: each segment has its own mean and limits, and runs stop at the boundary", () => {
    // 2012-04..2013-03 around 20 (initial and core assessments), then from 2013-04-01
    // (single assessments) around 80. Without the rebase the 12 low points form a shift.
    const before = [19, 21, 19, 21, 19, 21, 19, 21, 19, 21, 19, 21];
    const after = [79, 81, 79, 81, 79, 81];
    const points = series([...before, ...after]);
    const chart = xmrChart(points, { polarity: "high", changePoints: ["2013-04-01"] });
    expect(chart.segments.map((s) => [s.from, s.to, s.count, s.mean])).toEqual([
      ["2012-04-30", "2013-03-31", 12, 20],
      ["2013-04-30", "2013-09-30", 6, 80],
    ]);
    // no moving range across the rebase: the jump from 21 to 79 is not part of either
    expect(chart.points[12]?.movingRange).toBeNull();
    expect(chart.segments[1]?.averageMovingRange).toBe(2);
    expect(chart.points.every((p) => p.variation === "common_cause")).toBe(true);
    expect(chart.warnings).toEqual([
      "Only 6 values from 2013-04-30: limits are unreliable until there are at least 12",
    ]);
    const unrebased = xmrChart(points, { polarity: "high" });
    // one mean (40) across both: every low point is far below it, and part of a shift
    expect(unrebased.points[0]?.signals.map((s) => s.rule)).toContain("shift");
    expect(unrebased.points[0]?.variation).toBe("special_cause_concern");
  });

  it("change points outside the series, or with nothing between them, add no segments", () => {
    const points = series([5, 7, 5, 7]);
    const chart = xmrChart(points, {
      polarity: "high",
      changePoints: ["2000-01-01", "2012-05-01", "2012-05-15", "2030-01-01"],
    });
    expect(chart.segments.map((s) => [s.startIndex, s.endIndex])).toEqual([
      [0, 0],
      [1, 3],
    ]);
    expect(chart.segments[0]?.warning).toBe(
      "Only 1 value(s) from 2012-04-30: limits cannot be calculated",
    );
    expect(chart.points[0]?.note).toBe(
      "Limits cannot be calculated for this segment: fewer than 2 values",
    );
  });

  it("empty input and all-null input", () => {
    expect(xmrChart([], { polarity: "high" })).toEqual({ points: [], segments: [], warnings: [] });
    const chart = xmrChart(series([null, null]), { polarity: "high" });
    expect(chart.segments[0]).toMatchObject({ count: 0, mean: null, upperProcessLimit: null });
    expect(chart.points.map((p) => p.variation)).toEqual(["no_data", "no_data"]);
  });

  it("rejects unordered or duplicate periods and non-finite values", () => {
    const [a, b] = series([1, 2]);
    if (!a || !b) throw new Error("fixture");
    expect(() => xmrChart([b, a], { polarity: "high" })).toThrow(RangeError);
    expect(() => xmrChart([a, a], { polarity: "high" })).toThrow(RangeError);
    expect(() => xmrChart([{ ...a, value: Number.NaN }], { polarity: "high" })).toThrow(RangeError);
  });
});

describe("xmrChart properties", () => {
  const values = fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 8 }), {
    minLength: 2,
    maxLength: 40,
  });

  it("limits are symmetric about the mean, near limits two thirds of the way", () => {
    fc.assert(
      fc.property(values, (vs) => {
        const chart = xmrChart(series(vs), { polarity: "high" });
        for (const s of chart.segments) {
          if (s.mean === null || s.upperProcessLimit === null || s.upperNearLimit === null)
            continue;
          expect(s.upperProcessLimit - s.mean).toBeCloseTo(s.mean - (s.lowerProcessLimit ?? 0), 9);
          expect(s.upperNearLimit - s.mean).toBeCloseTo(
            (2 / 3) * (s.upperProcessLimit - s.mean),
            9,
          );
        }
      }),
    );
  });

  it("every flagged point has its own rule's evidence", () => {
    fc.assert(
      fc.property(values, (vs) => {
        const chart = xmrChart(series(vs), { polarity: "high" });
        const s = chart.segments[0];
        const { mean, upperProcessLimit: upl, lowerProcessLimit: lpl } = s ?? {};
        for (const p of chart.points) {
          const v = p.value;
          expect(p.variation === "common_cause").toBe(v !== null && p.signals.length === 0);
          if (v === null || s === undefined || mean == null || upl == null || lpl == null) continue;
          const unl = s.upperNearLimit ?? Number.NaN;
          const lnl = s.lowerNearLimit ?? Number.NaN;
          for (const { rule, side } of p.signals) {
            const evidence: Record<SpcRule, boolean> = {
              beyond_limits: side === "high" ? v > upl : v < lpl,
              two_of_three: side === "high" ? v > unl : v < lnl,
              shift: side === "high" ? v > mean : v < mean,
              trend: true, // checked by the hand-worked cases
            };
            expect(evidence[rule]).toBe(true);
          }
        }
      }),
    );
  });

  it("a constant series is all common cause (mR-bar 0, limits on the mean)", () => {
    const chart = xmrChart(series(Array<number>(15).fill(42)), { polarity: "high" });
    expect(chart.segments[0]).toMatchObject({
      mean: 42,
      upperProcessLimit: 42,
      lowerProcessLimit: 42,
    });
    expect(chart.points.every((p) => p.variation === "common_cause")).toBe(true);
  });
});

describe("assurance: where the target sits against the latest limits", () => {
  // 5 7 x 6: mean 6, mR-bar 2, limits 6 +/- 5.32 = 0.68 .. 11.32
  const points = series([5, 7, 5, 7, 5, 7, 5, 7, 5, 7, 5, 7]);

  it("polarity high", () => {
    expect(assurance(points, 0.5, "high")).toEqual({
      assurance: "consistently_passing",
      reason:
        "Consistently passing: the 0.5% target is below the lower process limit (process limits 0.7% to 11.3%), so it will be met every period unless the process changes",
      warning: null,
    });
    expect(assurance(points, 12, "high").assurance).toBe("consistently_failing");
    expect(assurance(points, 6, "high")).toEqual({
      assurance: "hit_and_miss",
      reason:
        "Hit and miss: the 6% target is within the process limits 0.7% to 11.3%, so it will be met in some periods and missed in others",
      warning: null,
    });
  });

  it("polarity low mirrors it", () => {
    expect(assurance(points, 12, "low").assurance).toBe("consistently_passing");
    expect(assurance(points, 0.5, "low").assurance).toBe("consistently_failing");
    expect(assurance(points, 6, "low").assurance).toBe("hit_and_miss");
  });

  it("a target exactly on a limit is within them", () => {
    expect(assurance(points, 6 + 2.66 * 2, "high").assurance).toBe("hit_and_miss");
    expect(assurance(points, 6 - 2.66 * 2, "high").assurance).toBe("hit_and_miss");
  });

  it("uses the latest segment only, and carries its warning", () => {
    // before 2013-04 around 20, after around 80: a 50 target fails the old process but
    // the latest (after the rebase) passes it
    const rebased = series([19, 21, 19, 21, 19, 21, 79, 81, 79, 81]);
    const result = assurance(rebased, 50, "high", { changePoints: ["2012-10-01"] });
    expect(result.assurance).toBe("consistently_passing");
    expect(result.warning).toBe(
      "Only 4 values from 2012-10-31: limits are unreliable until there are at least 12",
    );
  });

  it("not applicable without polarity, target or limits", () => {
    expect(assurance(points, 6, "none").assurance).toBe("not_applicable");
    expect(assurance(points, null, "high").reason).toBe("No assurance: no target is set");
    expect(assurance(series([5]), 6, "high").reason).toBe(
      "No assurance: the process limits cannot be calculated yet",
    );
    expect(assurance([], 6, "high").assurance).toBe("not_applicable");
  });

  it("counts are worded without percent signs", () => {
    expect(assurance(points, 20, "low", { unit: "count" }).reason).toBe(
      "Consistently passing: the 20 target is above the upper process limit (process limits 1 to 11), so it will be met every period unless the process changes",
    );
  });
});
