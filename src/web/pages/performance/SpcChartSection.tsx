/**
 * The SPC chart, drawn from the same option builder the board packs use, named by a text
 * summary, with its key, any warnings about the limits, and the table behind it.
 */
import { useMemo } from "react";
import type { IndicatorView } from "../../../performance/api.ts";
import { spcChartOption } from "../../../performance/charts/spc-chart-option.ts";
import { spcChartSummary } from "../../../performance/charts/spc-chart-summary.ts";
import { ChartKey } from "./ChartKey.tsx";
import { EChart } from "./EChart.tsx";
import { SERIES_LABELS } from "./labels.ts";
import { PointsTable } from "./PointsTable.tsx";
import type { Series } from "./queries.ts";
import { SeriesNav } from "./SeriesNav.tsx";

export function SpcChartSection({ view }: { view: IndicatorView }) {
  const option = useMemo(() => spcChartOption(view), [view]);
  const summary = useMemo(() => spcChartSummary(view), [view]);
  const hasValues = view.points.some((p) => p.value !== null);
  return (
    <section aria-labelledby="chart-heading">
      <h2 className="govuk-heading-m" id="chart-heading">
        {SERIES_LABELS[view.series as Series]} values and process limits
      </h2>
      <SeriesNav id={view.definition.id} current={view.series as Series} />
      {hasValues ? (
        <>
          <EChart option={option} className="app-chart" label={summary} />
          <ChartKey />
        </>
      ) : (
        <p className="govuk-body">There are no values to chart yet.</p>
      )}
      {view.spcWarnings.length > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <div className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            <ul className="govuk-list">
              {view.spcWarnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <PointsTable view={view} />
    </section>
  );
}
