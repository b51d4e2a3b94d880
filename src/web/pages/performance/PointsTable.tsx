/**
 * The table behind the chart: every period, newest first, with the figure, its parts
 * (linked to the records behind them where the role allows), target, rating, the SPC
 * mean and limits and the SPC reading.
 */
import type { IndicatorView } from "../../../performance/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatMonth } from "../../format.ts";
import { DrillLink } from "./DrillLink.tsx";
import { formatStatistic, formatTargetValue, SERIES_LABELS, type Shown } from "./labels.ts";
import type { Series } from "./queries.ts";
import { RagTag } from "./RagTag.tsx";
import { ShownValue } from "./ShownValue.tsx";

interface Props {
  view: IndicatorView;
}

function limits(
  point: IndicatorView["points"][number],
  kind: "count" | "percent",
  precision: number,
): string {
  if (point.lowerLimit === null || point.upperLimit === null) return "";
  return `${formatStatistic(point.lowerLimit, kind, precision)} to ${formatStatistic(point.upperLimit, kind, precision)}`;
}

export function PointsTable({ view }: Props) {
  const { definition, canDrillDown } = view;
  const series = view.series as Series;
  const { kind, precision } = definition;
  const percent = kind === "percent";
  const rows = [...view.points].reverse();
  const caption = `${SERIES_LABELS[series]} values behind the chart, newest first`;
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-table--small app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Period ending
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Value
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Numerator
            </th>
            {percent ? (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Denominator
              </th>
            ) : null}
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Target
            </th>
            <th scope="col" className="govuk-table__header">
              Rating
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Mean
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Process limits
            </th>
            <th scope="col" className="govuk-table__header">
              SPC
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((point) => {
            const drill = (part: "numerator" | "denominator", value: Shown) => (
              <DrillLink
                indicatorId={definition.id}
                series={series}
                periodEnd={point.periodEnd}
                part={part}
                value={value}
                canDrillDown={canDrillDown}
              />
            );
            return (
              <tr className="govuk-table__row" key={point.periodEnd}>
                <th scope="row" className="govuk-table__header app-nowrap">
                  {formatMonth(point.periodEnd)}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <ShownValue value={point.value} kind={kind} precision={precision} />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {drill("numerator", point.numerator)}
                </td>
                {percent ? (
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {drill("denominator", point.denominator)}
                  </td>
                ) : null}
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {point.target === null ? "" : formatTargetValue(point.target, kind, precision)}
                </td>
                <td className="govuk-table__cell app-nowrap">
                  <RagTag status={point.rag} />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {formatStatistic(point.mean, kind, precision)}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric app-nowrap">
                  {limits(point, kind, precision)}
                </td>
                <td className="govuk-table__cell app-spc-note">{point.note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
