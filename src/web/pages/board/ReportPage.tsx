/**
 * A quarterly progress report to the minister. The notice asks the chair for "quarterly
 * progress reports including specific commentary against the targets set out in this
 * notice": so the page lists every measure under the notice's headings with its status,
 * the chair's commentary and its history, and generates the report (for the Board, or
 * for elected members) as a pack signed off at the Improvement Board.
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatDate } from "../../format.ts";
import { useSignedIn } from "../../session.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { PageContents } from "../performance/PageContents.tsx";
import { MEASURE_GROUP_LABELS, MEASURE_GROUPS } from "../plan/labels.ts";
import { BoardNav } from "./BoardNav.tsx";
import { GenerateReport } from "./GenerateReport.tsx";
import { reportQuery } from "./queries.ts";
import { ReportDetails } from "./ReportDetails.tsx";
import { ReportMeasureCard } from "./ReportMeasureCard.tsx";
import { ReportPacksTable } from "./ReportPacksTable.tsx";
import type { Audience } from "./report-labels.ts";

const CONTENTS = [
  { id: "measures-heading", label: "Measures and commentary" },
  { id: "report-heading", label: "Generate the report" },
];

function BackLink() {
  return (
    <Link to="/board/calendar" className="govuk-back-link">
      Back to the reporting calendar
    </Link>
  );
}

export function ReportPage({ id }: { id: number }) {
  const session = useSignedIn();
  const query = useQuery(reportQuery(id));
  if (query.isError) return <ProblemPage error={query.error} />;
  if (query.isPending) {
    return (
      <>
        <BoardNav />
        <BackLink />
        <PageHeading>Quarterly report</PageHeading>
        <Loading what="Loading the report" />
      </>
    );
  }
  const { item, meeting, measures, packs, canWrite, canGenerate } = query.data;
  // The server lets only roles that see figures in full generate the Board's version.
  const audiences: Audience[] = session.can("aggregate.unsuppressed")
    ? ["board", "members"]
    : ["members"];
  const groups = [
    ...MEASURE_GROUPS,
    ...new Set(measures.map((m) => m.group).filter((g) => !MEASURE_GROUPS.includes(g as never))),
  ];
  const asAt = meeting?.date ?? item.dueDate;
  return (
    <>
      <BoardNav />
      <BackLink />
      <PageHeading caption="Quarterly report to the minister" title={item.title}>
        {item.title}
      </PageHeading>
      <PageContents items={CONTENTS} />
      <ReportDetails item={item} meeting={meeting} />

      <section aria-labelledby="measures-heading">
        <h2 className="govuk-heading-l" id="measures-heading">
          Measures and commentary
        </h2>
        <p className="govuk-body app-measure-wide">
          Each measure of the notice with its status as at {formatDate(asAt)}, the worst rating
          among its plan actions and indicators, and the chair's commentary against it. The report
          uses the newest commentary on each measure.
        </p>
        {measures.length === 0 ? (
          <p className="govuk-body">The notice has no measures recorded.</p>
        ) : null}
        {groups.map((group) => {
          const inGroup = measures.filter((m) => m.group === group);
          if (inGroup.length === 0) return null;
          return (
            <section key={group} aria-labelledby={`report-group-${group}`}>
              <h3 className="govuk-heading-m" id={`report-group-${group}`}>
                {MEASURE_GROUP_LABELS[group] ?? group}
              </h3>
              {inGroup.map((measure) => (
                <ReportMeasureCard
                  key={measure.id}
                  reportId={item.id}
                  measure={measure}
                  canWrite={canWrite}
                />
              ))}
            </section>
          );
        })}
      </section>

      <section aria-labelledby="report-heading">
        <h2 className="govuk-heading-l" id="report-heading">
          Generate the report
        </h2>
        <p className="govuk-body app-measure-wide">
          The report is a locked snapshot of the measures, their figures and the newest commentary,
          as an accessible web page and a PDF, signed off at the Improvement Board. The version for
          the Board has figures in full; the version for elected members withholds figures resting
          on 1 to 5 children.
        </p>
        {!meeting ? (
          <div className="govuk-inset-text app-measure-wide">
            The report cannot be generated until an Improvement Board meeting is scheduled on or
            before {formatDate(item.dueDate)} to sign it off.
          </div>
        ) : canGenerate ? (
          <GenerateReport reportId={item.id} audiences={audiences} />
        ) : null}
        <ReportPacksTable packs={packs} />
      </section>
    </>
  );
}
