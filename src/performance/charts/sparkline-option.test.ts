import type { LineSeriesOption } from "echarts";
import { describe, expect, it } from "vitest";
import { renderSvg } from "./render-svg.ts";
import { sparklineOption } from "./sparkline-option.ts";

describe("sparklineOption", () => {
  const option = sparklineOption([10, null, 12, 14, null]);
  const [line] = option.series as LineSeriesOption[];
  const items = line?.data as ({ value: number; symbol: string } | null)[];

  it("keeps gaps for missing or withheld values", () => {
    expect(items.map((item) => item?.value ?? null)).toEqual([10, null, 12, 14, null]);
    expect(line?.connectNulls).toBe(false);
  });

  it("marks only the latest value", () => {
    expect(items.map((item) => item?.symbol ?? null)).toEqual([
      "none",
      null,
      "none",
      "circle",
      null,
    ]);
  });

  it("has no axes to read", () => {
    expect((option.xAxis as { show: boolean }).show).toBe(false);
    expect((option.yAxis as { show: boolean }).show).toBe(false);
  });

  it("renders on the server", () => {
    expect(renderSvg(option, 120, 32)).toContain("<path");
  });
});
