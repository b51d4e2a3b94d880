/**
 * The ECharts option for a scorecard sparkline: the last months' values as a bare line,
 * with the latest point marked. Decorative beside the numbers in the same row (the page
 * hides it from screen readers), so it has no axes, labels or legend. Pure, so the server
 * can draw the same sparkline for a board pack.
 */
import type { EChartsOption } from "echarts";
import { DARK_GREY, INK } from "./palette.ts";

/** Values oldest first; null (no value, or withheld) is a gap. */
export function sparklineOption(values: readonly (number | null)[]): EChartsOption {
  const lastIndex = values.findLastIndex((v) => v !== null);
  return {
    animation: false,
    aria: { enabled: false },
    grid: { left: 4, right: 6, top: 6, bottom: 6 },
    xAxis: { type: "category", show: false, boundaryGap: false, data: values.map((_, i) => i) },
    yAxis: { type: "value", show: false, scale: true },
    series: [
      {
        type: "line",
        id: "sparkline",
        data: values.map((v, i) =>
          v === null
            ? null
            : i === lastIndex
              ? { value: v, symbol: "circle", symbolSize: 6, itemStyle: { color: INK } }
              : { value: v, symbol: "none" },
        ),
        connectNulls: false,
        silent: true,
        lineStyle: { color: DARK_GREY, width: 1.5 },
      },
    ],
  };
}
