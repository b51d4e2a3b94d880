/**
 * What the SPC chart shows, in one or two sentences: the accessible name of the chart on
 * the page (the table behind it holds every figure) and the alternative text of the chart
 * in a board pack. Pure, so both say the same thing.
 */
import { formatTarget, formatValue } from "../rules/numbers.ts";
import { shortMonth } from "./period-label.ts";
import { chartedPoints, type SpcChartInput } from "./spc-chart-option.ts";

const SERIES_WORDS: Record<string, string> = {
  month: "monthly",
  ytd: "financial year to date",
  rolling12: "rolling 12 months",
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function spcChartSummary(input: SpcChartInput & { series: string }): string {
  const { definition } = input;
  const points = chartedPoints(input.points);
  const first = points[0];
  const last = points.at(-1);
  const title = `SPC chart of ${definition.title}, ${SERIES_WORDS[input.series] ?? input.series}`;
  if (!first || !last) return `${title}: no values yet.`;

  const show = (v: number) => formatValue(v, definition.kind, definition.precision);
  const parts = [`${title}, ${shortMonth(first.periodEnd)} to ${shortMonth(last.periodEnd)}.`];
  const latest = [...points].reverse().find((p) => typeof p.value === "number");
  if (latest && typeof latest.value === "number") {
    parts.push(`Latest value ${show(latest.value)} in ${shortMonth(latest.periodEnd)}.`);
  }
  if (last.mean !== null) {
    const limits =
      last.lowerLimit !== null && last.upperLimit !== null
        ? `, process limits ${show(last.lowerLimit)} to ${show(last.upperLimit)}`
        : "";
    parts.push(`Current mean ${show(last.mean)}${limits}.`);
  }
  const count = (variation: string) => points.filter((p) => p.variation === variation).length;
  const concern = count("special_cause_concern");
  const improvement = count("special_cause_improvement");
  const neither = count("special_cause_neither");
  const special = [
    concern > 0 ? `${plural(concern, "point", "points")} of concern` : null,
    improvement > 0 ? `${plural(improvement, "point", "points")} of improvement` : null,
    neither > 0 ? `${plural(neither, "point", "points")} neither` : null,
  ].filter((text) => text !== null);
  parts.push(
    special.length > 0
      ? `Special cause variation: ${special.join(", ")}.`
      : "No special cause variation.",
  );
  if (last.target !== null) {
    parts.push(`Target ${formatTarget(last.target, definition.kind, definition.precision)}.`);
  }
  const withheld = points.filter((p) => p.value === "c").length;
  if (withheld > 0) parts.push(`${plural(withheld, "value is", "values are")} withheld.`);
  parts.push("The table below the chart gives every value.");
  return parts.join(" ");
}
