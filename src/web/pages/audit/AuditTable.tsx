/** One page of audit entries. Username and child cells link to the log filtered to them. */
import { Link } from "@tanstack/react-router";
import type { z } from "zod";
import type { auditEntry } from "../../../platform/audit/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatDateTime } from "../../format.ts";
import { roleLabel } from "../../permission-labels.ts";
import { AuditOutcome } from "./AuditOutcome.tsx";
import type { AuditSearch } from "./audit-search.ts";

type Entry = z.infer<typeof auditEntry>;

/** A route that may wrap only between its segments, never inside a word. */
function Route({ path }: { path: string | null }) {
  if (!path) return null;
  const segments = path.split("/");
  return (
    <>
      {segments.map((segment, index) => (
        // Segments can repeat, but their positions cannot.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <span key={index}>
          {index > 0 ? "/" : ""}
          {segment}
          {index < segments.length - 1 ? <wbr /> : null}
        </span>
      ))}
    </>
  );
}

function Children({ entry, search }: { entry: Entry; search: AuditSearch }) {
  const { beforeId: _page, ...filters } = search;
  if (entry.childId !== null) {
    return (
      <Link to="/audit" search={{ ...filters, childId: entry.childId }} className="govuk-link">
        {entry.childId}
        <span className="govuk-visually-hidden"> (show only entries about this child)</span>
      </Link>
    );
  }
  if (entry.childIds.length > 0)
    return <>{entry.childIds.length === 1 ? "1 child" : `${entry.childIds.length} children`}</>;
  return null;
}

export function AuditTable({
  entries,
  search,
  caption,
}: {
  entries: Entry[];
  search: AuditSearch;
  caption: string;
}) {
  const { beforeId: _page, ...filters } = search;
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-table--small">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Time
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
              Route
            </th>
            <th scope="col" className="govuk-table__header">
              Child
            </th>
            <th scope="col" className="govuk-table__header">
              Reason
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {entries.map((entry) => (
            <tr className="govuk-table__row" key={entry.id}>
              <td className="govuk-table__cell app-nowrap">{formatDateTime(entry.at)}</td>
              <td className="govuk-table__cell">
                {entry.userId !== null ? (
                  <Link
                    to="/audit"
                    search={{ ...filters, userId: entry.userId }}
                    className="govuk-link"
                  >
                    {entry.username ?? `User ${entry.userId}`}
                    <span className="govuk-visually-hidden"> (show only their entries)</span>
                  </Link>
                ) : (
                  (entry.username ?? "Unknown")
                )}
              </td>
              <td className="govuk-table__cell">{roleLabel(entry.role)}</td>
              <td className="govuk-table__cell">{entry.actionLabel}</td>
              <td className="govuk-table__cell">
                <AuditOutcome outcome={entry.outcome} />
              </td>
              <td className="govuk-table__cell app-route">
                {entry.method ? `${entry.method} ` : ""}
                <Route path={entry.route} />
              </td>
              <td className="govuk-table__cell">
                <Children entry={entry} search={search} />
              </td>
              <td className="govuk-table__cell">{entry.reason ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
