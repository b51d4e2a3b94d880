/**
 * Renders a chart option to an SVG string without a DOM, as board packs will on the
 * server (ECharts' server-side rendering). Also what the tests use to prove the options
 * need nothing from a browser.
 */
import type { EChartsOption } from "echarts";
import { echarts } from "./echarts-setup.ts";

export function renderSvg(
  option: EChartsOption,
  width: number,
  height: number,
  idPrefix = "chart",
): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption(option);
    return stableIds(chart.renderToSVGString(), idPrefix);
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts names ids and CSS classes from process-wide counters ("zr3-cls-41"), so the same
 * chart renders differently the second time. Renumbering them in order of appearance makes
 * the SVG a function of the option alone (board packs rebuild byte for byte), and a
 * per-chart prefix keeps ids unique when several charts share one page.
 */
function stableIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  return svg.replace(/\bzr\d+-[\w-]+/g, (token) => {
    let name = names.get(token);
    if (name === undefined) {
      name = `${prefix}-${names.size}`;
      names.set(token, name);
    }
    return name;
  });
}
