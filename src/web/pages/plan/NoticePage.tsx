/**
 * The Improvement Notice: who served it, when, on which services and on what evidence,
 * then its measures under the notice's own headings, each with its combined status and
 * the actions and indicators behind it.
 */
import { useQuery } from "@tanstack/react-query";
import { Link, useRouterState } from "@tanstack/react-router";
import { useEffect } from "react";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatDate, formatMonth } from "../../format.ts";
import { useSignedIn } from "../../session.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { SummaryRow } from "../performance/SummaryRow.tsx";
import { SuppressionNote } from "../performance/SuppressionNote.tsx";
import { MEASURE_GROUP_LABELS, MEASURE_GROUPS } from "./labels.ts";
import { MeasureCard } from "./MeasureCard.tsx";
import { NoticeRecordedBanner } from "./NoticeRecordedBanner.tsx";
import { PlanNav } from "./PlanNav.tsx";
import { noticeQuery } from "./queries.ts";

/**
 * An action page links to its measures as /plan/notice#SCP1. The measures arrive after
 * the page is drawn, so the browser cannot scroll to one on its own: do it once they are in.
 */
function useScrollToMeasure(loaded: boolean) {
  const hash = useRouterState({ select: (state) => state.location.hash });
  useEffect(() => {
    if (!loaded || !hash) return;
    document.getElementById(hash)?.scrollIntoView();
  }, [loaded, hash]);
}

export function NoticePage({ reportingItems }: { reportingItems?: number | undefined }) {
  const session = useSignedIn();
  const notice = useQuery(noticeQuery);
  useScrollToMeasure(notice.isSuccess);
  if (notice.isError) return <ProblemPage error={notice.error} />;
  if (notice.isPending) {
    return (
      <>
        <PlanNav />
        <PageHeading>Improvement Notice</PageHeading>
        <Loading what="Loading the notice" />
      </>
    );
  }
  const { notice: served, measures, asAt, indicatorMonth } = notice.data;
  if (!served) {
    return (
      <>
        <PlanNav />
        <PageHeading>Improvement Notice</PageHeading>
        <p className="govuk-body">No Improvement Notice has been recorded in Waymark.</p>
        {session.can("plan.manage") ? (
          <p className="govuk-body">
            <Link to="/plan/notice/new" className="govuk-link">
              Record the Improvement Notice
            </Link>
          </p>
        ) : null}
      </>
    );
  }
  // The notice's own headings first, in its order; any group it adds later still shows.
  const groups = [
    ...MEASURE_GROUPS,
    ...new Set(measures.map((m) => m.group).filter((g) => !MEASURE_GROUPS.includes(g as never))),
  ];
  return (
    <>
      <PlanNav />
      <PageHeading caption={served.reference ?? undefined}>Improvement Notice</PageHeading>
      {reportingItems !== undefined ? (
        <NoticeRecordedBanner reportingItems={reportingItems} />
      ) : null}
      <dl className="govuk-summary-list app-measure-wide">
        <SummaryRow label="Issued by">{served.issuedBy}</SummaryRow>
        <SummaryRow label="Issued on">{formatDate(served.issuedOn)}</SummaryRow>
        <SummaryRow label="Services">{served.services}</SummaryRow>
        <SummaryRow label="Evidence">{served.evidence}</SummaryRow>
        <SummaryRow label="Plan to be approved by">
          {formatDate(served.planApprovalDeadline)}
        </SummaryRow>
      </dl>

      <h2 className="govuk-heading-l">Measures</h2>
      <p className="govuk-body app-measure-wide">
        Each measure's status is the worst rating among its plan actions
        {asAt ? ` as at ${formatDate(asAt)}` : ""} and its indicators
        {indicatorMonth ? ` for ${formatMonth(indicatorMonth)}` : ""}. The reason gives the counts
        behind it.
      </p>
      <SuppressionNote
        suppressed={
          !session.can("aggregate.unsuppressed") &&
          measures.some((m) => m.indicators.some((i) => i.value === "c"))
        }
      />
      {groups.map((group) => {
        const inGroup = measures.filter((m) => m.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h3 className="govuk-heading-m" id={`group-${group}`}>
              {MEASURE_GROUP_LABELS[group] ?? group}
            </h3>
            {inGroup.map((measure) => (
              <MeasureCard
                key={measure.id}
                measure={measure}
                canAttach={session.can("plan.manage")}
              />
            ))}
          </section>
        );
      })}
    </>
  );
}
