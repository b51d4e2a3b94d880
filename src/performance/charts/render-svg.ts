/**
 * Renders a chart option to an SVG string without a DOM, as board packs will on the
 * server (ECharts' server-side rendering). Also what the tests use to prove the options
 * need nothing from a browser.
 */
import type { EChartsOption } from "echarts";
import { echarts } from "./echarts-setup.ts";

export function renderSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
