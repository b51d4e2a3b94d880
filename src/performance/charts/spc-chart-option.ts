/**
 * The ECharts option for an indicator's SPC (XmR) chart, built from the indicator page's
 * API answer. Pure, and free of anything browser-only: the web shell draws it with the
 * SVG renderer, and the server will render the same option to an SVG string
 * (`ssr: true`, `renderToSVGString`) for board packs, so the two can never disagree.
 *
 * What it draws: the values (a "c" or missing value is a gap, never a zero), each point
 * coloured and shaped by its SPC variation; the mean and upper and lower process limits,
 * broken at each change point so a rebased segment is not joined to the last; the target
 * trajectory; and each change point as a labelled vertical line.
 */
import type { EChartsOption, LineSeriesOption, MarkLineComponentOption } from "echarts";
import type { IndicatorView } from "../api.ts";
import { DARK_GREY, FONT, GREEN, INK, MID_GREY, pointStyle } from "./palette.ts";
import { shortMonth } from "./period-label.ts";

export type SpcChartInput = Pick<IndicatorView, "definition" | "points" | "changePoints">;
type Point = IndicatorView["points"][number];

export const SERIES_NAMES = {
  value: "Value",
  mean: "Mean",
  limits: "Process limits",
  target: "Target",
} as const;

/** A figure the chart may draw: a withheld ("c") or missing value is a gap. */
const plotted = (value: number | "c" | null): number | null =>
  typeof value === "number" ? value : null;

/**
 * The periods the chart covers: from the first period with a value (or a withheld one),
 * so the years before an indicator's records begin are not drawn as a long empty run.
 * The table behind the chart still lists every period.
 */
export function chartedPoints(points: readonly Point[]): Point[] {
  const first = points.findIndex((p) => p.value !== null);
  return first === -1 ? [] : points.slice(first);
}

/** Which segment each point is in: a new one starts at a change point or where the limits move. */
function segmentOf(points: readonly Point[], changePointStarts: ReadonlySet<number>): number[] {
  const segments: number[] = [];
  points.forEach((point, i) => {
    const before = points[i - 1];
    const moved =
      before !== undefined &&
      (before.mean !== point.mean ||
        before.upperLimit !== point.upperLimit ||
        before.lowerLimit !== point.lowerLimit);
    const previous = segments[i - 1] ?? 0;
    segments.push(i > 0 && (moved || changePointStarts.has(i)) ? previous + 1 : previous);
  });
  return segments;
}

/** The index of the first charted point on or after each change point that falls in range. */
function changePointIndexes(points: readonly Point[], input: SpcChartInput) {
  const id = input.definition.id;
  return input.changePoints
    .filter((c) => c.indicatorId === null || c.indicatorId === id)
    .flatMap((c) => {
      const index = points.findIndex((p) => p.periodStart >= c.fromMonth);
      return index > 0 ? [{ index, label: c.label }] : [];
    });
}

/**
 * One line per segment, all under one legend name: each holds the segment's values and
 * nulls elsewhere, so the line breaks between segments instead of sloping across.
 */
function segmentedLines(
  name: string,
  values: (number | null)[],
  segments: number[],
  style: LineSeriesOption["lineStyle"],
  id: string,
): LineSeriesOption[] {
  const count = (segments.at(-1) ?? -1) + 1;
  return Array.from({ length: count }, (_, s) => ({
    type: "line",
    id: `${id}-${s}`,
    name,
    data: values.map((v, i) => (segments[i] === s ? v : null)),
    showSymbol: false,
    silent: true,
    lineStyle: style,
    itemStyle: { color: style?.color as string },
    z: 1,
  }));
}

/**
 * A process limit outside what the figure can ever be (below 0, or above 100%) cannot be
 * breached, so it is not drawn; the table behind the chart still gives its value.
 */
function possibleLimit(value: number | null, kind: "count" | "percent"): number | null {
  if (value === null || value < 0) return null;
  return kind === "percent" && value > 100 ? null : value;
}

/** Braces start a template in ECharts label text: keep labels literal. */
const literal = (text: string) => text.replaceAll(/[{}]/g, "");

export function spcChartOption(input: SpcChartInput): EChartsOption {
  const { kind } = input.definition;
  const points = chartedPoints(input.points);
  const labels = points.map((p) => shortMonth(p.periodEnd));
  const changes = changePointIndexes(points, input);
  const segments = segmentOf(points, new Set(changes.map((c) => c.index)));

  const values = points.map((p) => {
    const value = plotted(p.value);
    const style = pointStyle(p.variation);
    if (value === null) return null;
    return style
      ? {
          value,
          symbol: style.symbol,
          symbolSize: style.symbol === "circle" ? 7 : 11,
          itemStyle: { color: style.colour },
        }
      : { value };
  });
  const means = points.map((p) => p.mean);
  const uppers = points.map((p) => possibleLimit(p.upperLimit, kind));
  const lowers = points.map((p) => possibleLimit(p.lowerLimit, kind));
  const targets = points.map((p) => p.target);
  const hasLimits = uppers.some((v) => v !== null) || lowers.some((v) => v !== null);
  const hasTarget = targets.some((v) => v !== null);

  // Each change point's label sits above its line, running away from the nearer edge so a
  // long label stays inside the chart.
  const changeLines: MarkLineComponentOption = {
    silent: true,
    symbol: ["none", "none"],
    lineStyle: { color: INK, type: "solid", width: 1.5 },
    data: changes.map((c) => ({
      xAxis: labels[c.index] ?? "",
      label: {
        formatter: literal(c.label),
        position: "end",
        align: c.index > points.length / 2 ? "right" : "left",
        color: INK,
        fontFamily: FONT,
        fontSize: 12,
        width: 360,
        overflow: "truncate",
      },
    })),
  };

  const limitStyle = { color: DARK_GREY, type: "dashed" as const, width: 1.5 };
  const series: LineSeriesOption[] = [
    ...segmentedLines(SERIES_NAMES.mean, means, segments, { color: INK, width: 1.5 }, "mean"),
    ...segmentedLines(SERIES_NAMES.limits, uppers, segments, limitStyle, "upper-limit"),
    ...segmentedLines(SERIES_NAMES.limits, lowers, segments, limitStyle, "lower-limit"),
    {
      type: "line",
      id: "target",
      name: SERIES_NAMES.target,
      data: targets,
      // The trajectory moves in steps; the step sits between the two months it separates.
      step: "middle",
      showSymbol: false,
      silent: true,
      lineStyle: { color: GREEN, width: 2.5, type: [10, 4] },
      itemStyle: { color: GREEN },
      z: 2,
    },
    {
      type: "line",
      id: "value",
      name: SERIES_NAMES.value,
      data: values,
      connectNulls: false,
      showSymbol: true,
      showAllSymbol: true,
      symbol: "circle",
      symbolSize: 7,
      lineStyle: { color: DARK_GREY, width: 2 },
      itemStyle: { color: DARK_GREY },
      markLine: changeLines,
      z: 3,
    },
  ];

  // Only names that have a line: a chart with no points yet has no mean to show.
  const legend = [
    SERIES_NAMES.value,
    SERIES_NAMES.mean,
    ...(hasLimits ? [SERIES_NAMES.limits] : []),
    ...(hasTarget ? [SERIES_NAMES.target] : []),
  ].filter((name) => series.some((line) => line.name === name));

  return {
    // Nothing moves: the same picture on screen, in print and in a board pack.
    animation: false,
    // The page gives the chart its own text summary and the table behind it.
    aria: { enabled: false },
    textStyle: { fontFamily: FONT, color: INK },
    // The axis labels sit inside these margins, however long they are.
    grid: {
      left: 16,
      right: 24,
      // Room above the plot for the change points' labels, when there are any.
      top: changes.length > 0 ? 72 : 44,
      bottom: 16,
      outerBoundsMode: "same",
      outerBoundsContain: "axisLabel",
    },
    legend: {
      top: 0,
      left: 0,
      data: legend,
      // Toggling series is mouse-only in ECharts; the table serves everyone instead.
      selectedMode: false,
      textStyle: { fontFamily: FONT, fontSize: 14, color: INK },
      itemWidth: 28,
    },
    xAxis: {
      type: "category",
      data: labels,
      boundaryGap: false,
      axisLine: { lineStyle: { color: DARK_GREY } },
      axisTick: { alignWithLabel: true },
      axisLabel: { color: INK, fontSize: 12, hideOverlap: true },
    },
    yAxis: {
      type: "value",
      // SPC charts are read around the mean, not from zero.
      scale: true,
      axisLabel: {
        color: INK,
        fontSize: 12,
        formatter: kind === "percent" ? "{value}%" : "{value}",
      },
      splitLine: { lineStyle: { color: MID_GREY, opacity: 0.5 } },
    },
    series,
  };
}
