/**
 * Each year's figure beside the published ones: ours as Waymark computes it and as DfE
 * published it, England's, and the statistical neighbours' mean with how many of them
 * had a value (a mean of 3 of 10 neighbours is weaker evidence than of 10).
 */
import type { IndicatorView } from "../../../performance/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatShown } from "./labels.ts";
import { ShownValue } from "./ShownValue.tsx";

export function BenchmarksTable({ view }: { view: IndicatorView }) {
  const { benchmarks, definition } = view;
  const { kind, precision } = definition;
  if (benchmarks.rows.length === 0) {
    return <p className="govuk-body">No published figures have been loaded for this indicator.</p>;
  }
  const show = (value: number | null) =>
    value === null ? "Not published" : formatShown(value, kind, precision);
  const caption = `Published comparisons by financial year${benchmarks.neighbourList ? ` (neighbours: ${benchmarks.neighbourList})` : ""}`;
  return (
    <ScrollRegion label="Published comparisons">
      <table className="govuk-table app-table--small app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Year
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {benchmarks.councilName ?? "Council"}, computed by Waymark
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              {benchmarks.councilName ?? "Council"}, published
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              England
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Statistical neighbours' mean
            </th>
            <th scope="col" className="govuk-table__header">
              Source
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {[...benchmarks.rows].reverse().map((row) => (
            <tr className="govuk-table__row" key={row.year}>
              <th scope="row" className="govuk-table__header app-nowrap">
                {row.year}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {row.computed === null ? (
                  "No figure"
                ) : (
                  <ShownValue value={row.computed} kind={kind} precision={precision} />
                )}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {show(row.published)}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{show(row.england)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {row.neighbourMean === null ? "No mean" : show(row.neighbourMean)}
                <span className="app-cell-note">
                  {row.neighboursWithValue} of {row.neighbours} neighbours
                </span>
              </td>
              <td className="govuk-table__cell">{row.source ?? "Not recorded"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
