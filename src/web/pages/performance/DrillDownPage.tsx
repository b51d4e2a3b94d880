/**
 * The records behind a numerator or denominator, cut by the server to the children this
 * user may read; the rest are counted, not listed. Opening the list is an audited read of
 * every child in it, so it is never refetched behind the user's back.
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatDate, formatMonth } from "../../format.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { SERIES_LABELS } from "./labels.ts";
import { drillDownQuery, type Part, type Series } from "./queries.ts";
import { sentence } from "./reason-text.ts";

interface Props {
  id: string;
  series: Series;
  periodEnd: string;
  part: Part;
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? one : many}`;
}

export function DrillDownPage({ id, series, periodEnd, part }: Props) {
  const records = useQuery(drillDownQuery(id, { series, periodEnd, part }));
  const back = (
    <Link
      to="/performance/$id"
      params={{ id }}
      search={series === "month" ? {} : { series }}
      className="govuk-back-link"
    >
      Back to the indicator
    </Link>
  );
  if (records.isError) return <ProblemPage error={records.error} />;
  const title = `Records in the ${part}, ${formatMonth(periodEnd)}`;
  if (records.isPending) {
    return (
      <>
        {back}
        <PageHeading>{title}</PageHeading>
        <Loading what="Loading the records" />
      </>
    );
  }
  const data = records.data;
  const caption = `${plural(data.rows.length, "record", "records")} you can see`;
  return (
    <>
      {back}
      <PageHeading caption={SERIES_LABELS[series]} title={title}>
        Records in the {data.part}, {formatMonth(data.periodEnd)}
      </PageHeading>
      <p className="govuk-body app-measure">
        The {plural(data.total, "record", "records")} behind the {data.part} for{" "}
        {formatDate(data.periodStart)} to {formatDate(data.periodEnd)}, from the records as they
        stand now. Opening this list is recorded in the audit log.
      </p>
      {data.hidden > 0 ? (
        <div className="govuk-inset-text app-measure">
          {data.hidden.toLocaleString("en-GB")} more {data.hidden === 1 ? "is" : "are"} not shown
          because you do not have access to those children.
        </div>
      ) : null}
      {data.rows.length === 0 ? (
        <p className="govuk-body">There are no records you can see.</p>
      ) : (
        <ScrollRegion label={caption}>
          <table className="govuk-table app-table--small">
            <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Record
                </th>
                <th scope="col" className="govuk-table__header">
                  Child
                </th>
                <th scope="col" className="govuk-table__header">
                  Team
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.rows.map((row) => (
                <tr className="govuk-table__row" key={row.key}>
                  <td className="govuk-table__cell">{sentence(row.record)}</td>
                  <td className="govuk-table__cell">
                    {row.childId === null ? (
                      row.laChildId
                    ) : (
                      <Link
                        to="/children/$childId"
                        params={{ childId: String(row.childId) }}
                        className="govuk-link"
                      >
                        {row.laChildId}
                      </Link>
                    )}
                  </td>
                  <td className="govuk-table__cell">{row.teamName ?? "Not allocated"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
