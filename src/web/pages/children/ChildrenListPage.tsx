/**
 * The children the user's role lets them see (the server applies the scope), searchable
 * by LA child ID or UPN and paged. Search terms live in the address, so results can be
 * bookmarked and the browser's Back button works.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import type { FormEvent } from "react";
import { childListResponse } from "../../../cases/api.ts";
import { api, withQuery } from "../../api-client.ts";
import { TextInput } from "../../components/fields.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { Pagination } from "../../components/Pagination.tsx";
import { Tag } from "../../components/Tag.tsx";
import { formatDate } from "../../format.ts";
import { ProblemPage } from "../ProblemPage.tsx";

const PAGE_SIZE = 25;

export function ChildrenListPage({ search, page }: { search: string | undefined; page: number }) {
  const navigate = useNavigate();
  const offset = (page - 1) * PAGE_SIZE;
  const children = useQuery({
    queryKey: ["children", { search, offset }],
    queryFn: () =>
      api.get(withQuery("/api/children", { search, limit: PAGE_SIZE, offset }), childListResponse),
    // Keep the last page on screen while the next loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });

  if (children.isError) return <ProblemPage error={children.error} />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("search") ?? "").trim();
    void navigate({ to: "/children", search: text ? { search: text } : {} });
  };

  const total = children.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const rows = children.data?.children ?? [];

  return (
    <>
      <PageHeading>Children</PageHeading>
      <p className="govuk-body app-measure">
        These are the children your role lets you see. Opening a record is recorded in the audit
        log.
      </p>
      <form onSubmit={submit} noValidate className="app-search">
        <TextInput
          id="search"
          label="Search by LA child ID or UPN"
          hint="Enter all or part of the identifier"
          defaultValue={search ?? ""}
          key={search ?? ""}
          className="govuk-input--width-20"
          spellCheck={false}
          maxLength={60}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Search
          </button>
          {search ? (
            <Link to="/children" className="govuk-link">
              Clear search
            </Link>
          ) : null}
        </div>
      </form>

      {children.isPending ? <Loading what="Loading children" /> : null}
      {children.data ? (
        <>
          <p className="govuk-body" aria-live="polite">
            {total === 0
              ? search
                ? `No children match “${search}”.`
                : "There are no children you can see."
              : `Showing ${offset + 1} to ${offset + rows.length} of ${total} ${total === 1 ? "child" : "children"}${search ? ` matching “${search}”` : ""}.`}
          </p>
          {rows.length > 0 ? (
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">
                Children, page {page} of {pages}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    LA child ID
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Date of birth
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Team
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Allocated worker
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Access
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {rows.map((child) => (
                  <tr className="govuk-table__row" key={child.id}>
                    <th scope="row" className="govuk-table__header">
                      <Link
                        to="/children/$childId"
                        params={{ childId: String(child.id) }}
                        className="govuk-link"
                      >
                        {child.laChildId}
                      </Link>
                    </th>
                    <td className="govuk-table__cell">
                      {formatDate(child.dateOfBirth) || "Not recorded"}
                    </td>
                    <td className="govuk-table__cell">{child.teamName ?? "Not allocated"}</td>
                    <td className="govuk-table__cell">{child.workerName ?? "No named worker"}</td>
                    <td className="govuk-table__cell">
                      {child.restricted ? <Tag colour="red">Restricted</Tag> : "Standard"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <Pagination
            label="Pages of children"
            previous={
              page > 1
                ? (className, content) => (
                    <Link
                      to="/children"
                      search={{ search, page: page - 1 }}
                      className={className}
                      rel="prev"
                    >
                      {content}
                    </Link>
                  )
                : null
            }
            next={
              page < pages
                ? (className, content) => (
                    <Link
                      to="/children"
                      search={{ search, page: page + 1 }}
                      className={className}
                      rel="next"
                    >
                      {content}
                    </Link>
                  )
                : null
            }
            previousLabel="Previous page"
            nextLabel="Next page"
          />
        </>
      ) : null}
    </>
  );
}
