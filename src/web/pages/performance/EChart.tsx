/**
 * Draws an ECharts option into a box sized by CSS. ECharts is loaded only when a chart is
 * first shown, so pages without charts never download it. It draws with the SVG renderer,
 * which sets styles through the DOM (allowed by the Content-Security-Policy) rather than
 * inline style markup; tooltips are left off because their markup carries inline styles.
 *
 * With a label the chart is an image with that accessible name; without one it is hidden
 * from assistive technology, for charts whose figures sit next to them in a table.
 */
import type { EChartsOption } from "echarts";
import { useEffect, useRef } from "react";

interface Props {
  option: EChartsOption;
  className: string;
  label?: string;
}

export function EChart({ option, className, label }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let ended = false;
    let dispose = () => {};
    import("../../../performance/charts/echarts-setup.ts")
      .then(({ echarts }) => {
        const box = ref.current;
        if (ended || !box) return;
        const chart = echarts.init(box, null, { renderer: "svg" });
        chart.setOption(option);
        const observer = new ResizeObserver(() => chart.resize());
        observer.observe(box);
        dispose = () => {
          observer.disconnect();
          chart.dispose();
        };
      })
      // The figures are on the page in a table as well; a chart that fails to load is
      // a missing picture, not a missing figure.
      .catch(() => {});
    return () => {
      ended = true;
      dispose();
    };
  }, [option]);

  return label ? (
    <div ref={ref} className={className} role="img" aria-label={label} />
  ) : (
    <div ref={ref} className={className} aria-hidden="true" />
  );
}
