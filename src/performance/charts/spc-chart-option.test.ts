import type { LineSeriesOption } from "echarts";
import { describe, expect, it } from "vitest";
import type { IndicatorView } from "../api.ts";
import { VARIATION_STYLES } from "./palette.ts";
import { renderSvg } from "./render-svg.ts";
import { SERIES_NAMES, type SpcChartInput, spcChartOption } from "./spc-chart-option.ts";
import { spcChartSummary } from "./spc-chart-summary.ts";

type Point = IndicatorView["points"][number];

const definition: IndicatorView["definition"] = {
  id: "icpc_15wd",
  title: "Initial child protection conferences within 15 working days",
  description: "",
  numerator: "",
  denominator: "",
  kind: "percent",
  periodType: "events",
  polarity: "high",
  unit: "enquiries",
  precision: 1,
  recordTypes: [],
  version: 1,
};

function point(month: string, value: number | "c" | null, extra: Partial<Point> = {}): Point {
  const [year, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return {
    periodStart: `${month}-01`,
    periodEnd: `${month}-${last}`,
    numerator: typeof value === "number" ? value : "c",
    denominator: 100,
    value,
    excludedCount: 0,
    target: null,
    rag: "no_target",
    mean: 50,
    upperLimit: 70,
    lowerLimit: 30,
    variation: value === null || value === "c" ? "no_data" : "common_cause",
    note: "",
    ...extra,
  };
}

const input: SpcChartInput = {
  definition,
  points: [
    point("2012-01", null, { numerator: 0, denominator: 0 }),
    point("2012-02", 52, { target: 60 }),
    point("2012-03", "c", { target: 60 }),
    point("2012-04", 75, { variation: "special_cause_improvement", target: 65 }),
    point("2012-05", 20, {
      variation: "special_cause_concern",
      mean: 40,
      upperLimit: 60,
      lowerLimit: -5,
      target: 65,
    }),
    point("2012-06", 41, { mean: 40, upperLimit: 60, lowerLimit: -5, target: 65 }),
  ],
  changePoints: [
    { id: 1, fromMonth: "2012-05-01", label: "New {front} door", indicatorId: null },
    { id: 2, fromMonth: "2012-03-01", label: "Another indicator's", indicatorId: "referrals" },
  ],
};

const option = spcChartOption(input);
const series = option.series as LineSeriesOption[];
const named = (name: string) => series.filter((s) => s.name === name);
/** A series' values, with null for a gap, whether items are plain or objects. */
const valuesOf = (s: LineSeriesOption) =>
  (s.data as unknown[]).map((d) =>
    d !== null && typeof d === "object" ? (d as { value: number }).value : d,
  );
/** Several per-segment lines of one name, merged back into one row of values. */
const merged = (name: string, idPrefix = "") =>
  input.points.slice(1).map((_, i) => {
    for (const s of named(name).filter((x) => String(x.id).startsWith(idPrefix))) {
      const v = valuesOf(s)[i];
      if (v !== null) return v;
    }
    return null;
  });

describe("spcChartOption", () => {
  it("starts at the first period with a value, labelled by month", () => {
    expect((option.xAxis as { data: string[] }).data).toEqual([
      "Feb 2012",
      "Mar 2012",
      "Apr 2012",
      "May 2012",
      "Jun 2012",
    ]);
  });

  it("draws the values with a gap, never a zero, for a withheld value", () => {
    const [value] = named(SERIES_NAMES.value);
    expect(value).toBeDefined();
    expect(valuesOf(value as LineSeriesOption)).toEqual([52, null, 75, 20, 41]);
    expect(value?.connectNulls).toBe(false);
  });

  it("colours and shapes each point by its variation", () => {
    const items = named(SERIES_NAMES.value)[0]?.data as ({
      symbol?: string;
      itemStyle?: { color: string };
    } | null)[];
    expect(items[0]?.itemStyle?.color).toBe(VARIATION_STYLES.common_cause.colour);
    expect(items[2]?.itemStyle?.color).toBe(VARIATION_STYLES.special_cause_improvement.colour);
    expect(items[2]?.symbol).toBe("diamond");
    expect(items[3]?.itemStyle?.color).toBe(VARIATION_STYLES.special_cause_concern.colour);
    expect(items[3]?.symbol).toBe("triangle");
  });

  it("breaks the mean and limits at a change point, one legend entry each", () => {
    expect(named(SERIES_NAMES.mean)).toHaveLength(2);
    expect(merged(SERIES_NAMES.mean)).toEqual([50, 50, 50, 40, 40]);
    expect(valuesOf(named(SERIES_NAMES.mean)[0] as LineSeriesOption)).toEqual([
      50,
      50,
      50,
      null,
      null,
    ]);
    expect(merged(SERIES_NAMES.limits, "upper")).toEqual([70, 70, 70, 60, 60]);
    // A lower limit below zero can never be breached, so it is not drawn.
    expect(merged(SERIES_NAMES.limits, "lower")).toEqual([30, 30, 30, null, null]);
  });

  it("draws the target trajectory as steps, with gaps where there is none", () => {
    const [target] = named(SERIES_NAMES.target);
    expect(valuesOf(target as LineSeriesOption)).toEqual([60, 60, 65, 65, 65]);
    expect(target?.step).toBe("middle");
    const legend = (option.legend as { data: string[] }).data;
    expect(legend).toEqual(["Value", "Mean", "Process limits", "Target"]);
  });

  it("marks this indicator's and every-indicator change points as vertical lines", () => {
    const marks = named(SERIES_NAMES.value)[0]?.markLine as {
      data: { xAxis: string; label: { formatter: string } }[];
    };
    expect(marks.data.map((d) => [d.xAxis, d.label.formatter])).toEqual([
      ["May 2012", "New front door"],
    ]);
  });

  it("leaves the target out of the legend when there is none", () => {
    const none = spcChartOption({
      ...input,
      points: input.points.map((p) => ({ ...p, target: null })),
    });
    expect((none.legend as { data: string[] }).data).not.toContain("Target");
  });

  it("renders to SVG on the server, without a browser", () => {
    const svg = renderSvg(option, 800, 360);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("May 2012");
    expect(svg).toContain("New front door");
  });
});

describe("spcChartSummary", () => {
  it("says what the chart shows in words", () => {
    const text = spcChartSummary({ ...input, series: "month" });
    expect(text).toContain("monthly, Feb 2012 to Jun 2012");
    expect(text).toContain("Latest value 41.0% in Jun 2012");
    expect(text).toContain("1 point of concern, 1 point of improvement");
    expect(text).toContain("Target 65%");
    expect(text).toContain("1 value is withheld");
  });

  it("says when there is nothing to chart", () => {
    expect(spcChartSummary({ ...input, points: [], series: "ytd" })).toBe(
      `SPC chart of ${definition.title}, financial year to date: no values yet.`,
    );
  });
});
