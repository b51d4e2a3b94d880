/**
 * The audit log: who did what, when, to which child, with what outcome. Newest first,
 * 50 at a time; "Older entries" continues from the last entry shown (the server pages
 * by id, so new entries arriving meanwhile do not shift the pages).
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { auditResponse } from "../../../platform/audit/api.ts";
import { api, withQuery } from "../../api-client.ts";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { Pagination } from "../../components/Pagination.tsx";
import { useSignedIn } from "../../session.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { AuditFilters } from "./AuditFilters.tsx";
import { AuditTable } from "./AuditTable.tsx";
import type { AuditSearch } from "./audit-search.ts";

const PAGE_SIZE = 50;

export function AuditPage({ search }: { search: AuditSearch }) {
  const session = useSignedIn();
  const { beforeId, ...filters } = search;
  const entries = useQuery({
    queryKey: ["audit", search],
    queryFn: () => api.get(withQuery("/api/audit", { ...search, limit: PAGE_SIZE }), auditResponse),
    placeholderData: keepPreviousData,
  });
  if (entries.isError) return <ProblemPage error={entries.error} />;

  const filtered = Object.values(filters).some((value) => value !== undefined);
  const nextBeforeId = entries.data?.nextBeforeId ?? null;

  return (
    <>
      <PageHeading>Audit log</PageHeading>
      <p className="govuk-body app-measure">
        Every sign-in, every view of a child's record and every change made in Waymark is recorded
        here and cannot be edited. Select a username or child record number in the table to see only
        their entries.
      </p>
      <AuditFilters search={search} />

      {session.can("audit.export") ? (
        <p className="govuk-body">
          <a className="govuk-link" href={withQuery("/api/audit/export.csv", filters)} download>
            Export CSV{filtered ? " of entries matching these filters" : " of the audit log"}
          </a>
        </p>
      ) : null}

      {entries.isPending ? <Loading what="Loading audit entries" /> : null}
      {entries.data && entries.data.entries.length === 0 ? (
        <p className="govuk-body">
          {beforeId
            ? "There are no older entries."
            : filtered
              ? "No entries match these filters."
              : "There are no entries yet."}
        </p>
      ) : null}
      {entries.data && entries.data.entries.length > 0 ? (
        <AuditTable
          entries={entries.data.entries}
          search={search}
          caption={beforeId ? "Older audit entries" : "Latest audit entries"}
        />
      ) : null}

      <Pagination
        label="Audit log pages"
        previous={
          beforeId
            ? (className, content) => (
                <Link to="/audit" search={filters} className={className}>
                  {content}
                </Link>
              )
            : null
        }
        previousLabel="Newest entries"
        next={
          nextBeforeId
            ? (className, content) => (
                <Link
                  to="/audit"
                  search={{ ...filters, beforeId: nextBeforeId }}
                  className={className}
                  rel="next"
                >
                  {content}
                </Link>
              )
            : null
        }
        nextLabel="Older entries"
      />
    </>
  );
}
