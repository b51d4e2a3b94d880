/** Everyone who has opened, or tried to open, one child's record. */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { accessLogResponse } from "../../../cases/api.ts";
import { api } from "../../api-client.ts";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatDateTime } from "../../format.ts";
import { CHILD_READ } from "../../navigation.ts";
import { roleLabel } from "../../permission-labels.ts";
import { useSignedIn } from "../../session.ts";
import { AuditOutcome } from "../audit/AuditOutcome.tsx";
import { ProblemPage } from "../ProblemPage.tsx";

export function AccessLogPage({ id }: { id: number }) {
  const session = useSignedIn();
  const log = useQuery({
    queryKey: ["child", id, "access-log"],
    queryFn: () => api.get(`/api/children/${id}/access-log`, accessLogResponse),
    gcTime: 0,
  });
  if (log.isError) return <ProblemPage error={log.error} />;

  return (
    <>
      {session.can(...CHILD_READ) ? (
        <Link to="/children/$childId" params={{ childId: String(id) }} className="govuk-back-link">
          Back to the record
        </Link>
      ) : null}
      <PageHeading caption={`Child record number ${id}`}>Who has viewed this record</PageHeading>
      <p className="govuk-body app-measure">
        Every view of the record, every refused attempt and every break-glass use, newest first.
        Looking at this list is itself recorded.
      </p>
      {log.isPending ? <Loading what="Loading the access log" /> : null}
      {log.data && log.data.entries.length === 0 ? (
        <p className="govuk-body">Nobody has viewed this record yet.</p>
      ) : null}
      {log.data && log.data.entries.length > 0 ? (
        <table className="govuk-table app-table--small">
          <caption className="govuk-table__caption govuk-table__caption--m">
            Access to this record ({log.data.entries.length}{" "}
            {log.data.entries.length === 1 ? "entry" : "entries"})
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                When
              </th>
              <th scope="col" className="govuk-table__header">
                Who
              </th>
              <th scope="col" className="govuk-table__header">
                Role
              </th>
              <th scope="col" className="govuk-table__header">
                What
              </th>
              <th scope="col" className="govuk-table__header">
                Outcome
              </th>
              <th scope="col" className="govuk-table__header">
                Reason given
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {log.data.entries.map((entry, index) => (
              // Entries carry no id; their order is fixed by the server.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr className="govuk-table__row" key={index}>
                <td className="govuk-table__cell app-nowrap">{formatDateTime(entry.at)}</td>
                <td className="govuk-table__cell">{entry.username ?? "Unknown"}</td>
                <td className="govuk-table__cell">{roleLabel(entry.role)}</td>
                <td className="govuk-table__cell">{entry.actionLabel}</td>
                <td className="govuk-table__cell">
                  <AuditOutcome outcome={entry.outcome} />
                </td>
                <td className="govuk-table__cell">{entry.reason ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
