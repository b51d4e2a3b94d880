/** The latest period by team, as the role may see it (small numbers withheld where required). */
import type { IndicatorView } from "../../../performance/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatMonth } from "../../format.ts";
import { ShownCount, ShownValue } from "./ShownValue.tsx";

export function TeamsTable({ view }: { view: IndicatorView }) {
  const { teams, definition } = view;
  const percent = definition.kind === "percent";
  if (teams.rows.length === 0) {
    return <p className="govuk-body">There is no breakdown by team for this period.</p>;
  }
  const caption = `By team, period ending ${formatMonth(teams.periodEnd)}`;
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-table--small">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Team
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Numerator
            </th>
            {percent ? (
              <>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Denominator
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Value
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {teams.rows.map((row) => (
            <tr className="govuk-table__row" key={row.team}>
              <th scope="row" className="govuk-table__header">
                {row.team}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                <ShownCount value={row.numerator} />
              </td>
              {percent ? (
                <>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    <ShownCount value={row.denominator} />
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    <ShownValue
                      value={row.value}
                      kind={definition.kind}
                      precision={definition.precision}
                    />
                  </td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
