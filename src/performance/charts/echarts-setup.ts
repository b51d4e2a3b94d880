/**
 * ECharts with only the parts the performance charts use (line series, grid, legend,
 * mark lines, the SVG renderer), so the browser downloads a fraction of the library. The
 * web shell imports this lazily; the server can import it to render the same options.
 */
import { LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([LineChart, GridComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

export { echarts };
