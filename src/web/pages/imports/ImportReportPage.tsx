/**
 * One import run's report: what the file was and what happened to it, its data quality,
 * and every problem found, 50 to a page, with the whole list as CSV. The page number is
 * in the address so Back works; paging moves focus to the problems, not the top.
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { Pagination } from "../../components/Pagination.tsx";
import { formatDateTime } from "../../format.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { DataQuality } from "./DataQuality.tsx";
import { formatBytes, formatCount, formatLabel, plural } from "./labels.ts";
import { ProblemsTable } from "./ProblemsTable.tsx";
import { importReportQuery } from "./queries.ts";
import { Breakable, Collection, StatusTag } from "./RunParts.tsx";

const PAGE_SIZE = 50;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

function BackLink() {
  return (
    <Link to="/imports" className="govuk-back-link">
      Back to imports
    </Link>
  );
}

/** What the status means for the data, in plain words. */
function Outcome({ status }: { status: string }) {
  if (status === "rejected")
    return (
      <WarningText>
        This file was rejected. Nothing from it was loaded, so Waymark's figures are unchanged. Fix
        the errors below in the case system, then export and import the file again.
      </WarningText>
    );
  if (status === "failed")
    return (
      <WarningText>
        This import failed because of a fault in Waymark. Nothing from the file was loaded. Try
        again, and tell your Waymark administrator if it happens again.
      </WarningText>
    );
  if (status === "running")
    return (
      <p className="govuk-inset-text">
        This import is still running. Reload the page to see whether it has finished.
      </p>
    );
  return null;
}

export function ImportReportPage({ id, page }: { id: number; page: number | undefined }) {
  const report = useQuery(importReportQuery(id));
  if (report.isError) return <ProblemPage error={report.error} />;
  if (report.isPending) {
    return (
      <>
        <BackLink />
        <PageHeading>Import report</PageHeading>
        <Loading what="Loading the report" />
      </>
    );
  }

  const { run, summary, problems } = report.data;
  const pages = Math.max(1, Math.ceil(problems.length / PAGE_SIZE));
  const current = Math.min(page ?? 1, pages);
  const offset = (current - 1) * PAGE_SIZE;
  const shown = problems.slice(offset, offset + PAGE_SIZE);
  const loaded = run.status === "loaded";
  const params = { importId: String(id) };

  return (
    <>
      <BackLink />
      <PageHeading caption="Import report" title={`Import report: ${run.fileName}`}>
        <Breakable text={run.fileName} />
      </PageHeading>
      <Outcome status={run.status} />
      {run.message ? <p className="govuk-body-l app-measure">{run.message}</p> : null}

      <dl className="govuk-summary-list app-measure">
        <Row label="File">
          <Breakable text={run.fileName} />
        </Row>
        <Row label="When">
          {formatDateTime(run.startedAt)}
          {run.finishedAt && formatDateTime(run.finishedAt) !== formatDateTime(run.startedAt)
            ? ` (finished ${formatDateTime(run.finishedAt)})`
            : ""}
        </Row>
        <Row label="Who">{run.username ?? "System (the demo loader or command line)"}</Row>
        <Row label="Status">
          <StatusTag status={run.status} />
        </Row>
        <Row label="Format">{formatLabel(run.format)}</Row>
        <Row label="Collection">
          <Collection sourceKey={run.sourceKey} referenceDate={run.referenceDate} />
        </Row>
        <Row label="SHA-256">
          <span className="app-hash">{run.contentSha256.slice(0, 12)}…</span>
          <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Show the full SHA-256</span>
            </summary>
            <div className="govuk-details__text app-hash">{run.contentSha256}</div>
          </details>
        </Row>
        <Row label="Size">{formatBytes(run.byteSize)}</Row>
        <Row label="Problems">
          {plural(run.errorCount, "error", "errors")},{" "}
          {plural(run.warningCount, "warning", "warnings")}
        </Row>
      </dl>

      <DataQuality summary={summary} loaded={loaded} />

      <section aria-labelledby="problems-heading">
        <h2
          className="govuk-heading-m"
          id="problems-heading"
          tabIndex={-1}
          // After moving between pages of problems, the shell focuses this heading, not the h1.
          data-autofocus={page !== undefined ? "" : undefined}
        >
          Problems
        </h2>
        {run.problemsTruncated ? (
          <WarningText>
            Only the first 10,000 problems are kept. This file had{" "}
            {formatCount(run.errorCount + run.warningCount)}; the counts above cover the ones kept.
            Fix these, then import the file again to see the rest.
          </WarningText>
        ) : null}
        {problems.length === 0 ? (
          <p className="govuk-body">Waymark found no problems in this file.</p>
        ) : (
          <>
            <p className="govuk-body">
              <a className="govuk-link" href={`/api/imports/${id}/problems.csv`} download>
                Download the problems as CSV
              </a>
            </p>
            <ProblemsTable
              problems={shown}
              firstNumber={offset + 1}
              caption={
                pages > 1
                  ? `Problems ${formatCount(offset + 1)} to ${formatCount(offset + shown.length)} of ${formatCount(problems.length)}`
                  : problems.length === 1
                    ? "1 problem"
                    : `All ${formatCount(problems.length)} problems`
              }
            />
            <Pagination
              label="Pages of problems"
              previous={
                current > 1
                  ? (className, content) => (
                      <Link
                        to="/imports/$importId"
                        params={params}
                        search={{ page: current - 1 }}
                        className={className}
                        rel="prev"
                      >
                        {content}
                      </Link>
                    )
                  : null
              }
              next={
                current < pages
                  ? (className, content) => (
                      <Link
                        to="/imports/$importId"
                        params={params}
                        search={{ page: current + 1 }}
                        className={className}
                        rel="next"
                      >
                        {content}
                      </Link>
                    )
                  : null
              }
              previousLabel="Previous 50 problems"
              nextLabel="Next 50 problems"
            />
          </>
        )}
      </section>
    </>
  );
}
