/**
 * The scorecard: every indicator in one month, grouped as the Improvement Notice reads
 * them, with the month in the address.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatMonth } from "../../format.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { ComputedNote, NoFigures } from "./ComputedNote.tsx";
import { groupIndicators } from "./group-indicators.ts";
import { MonthPicker } from "./MonthPicker.tsx";
import { scorecardQuery } from "./queries.ts";
import { ScorecardTable } from "./ScorecardTable.tsx";
import { SuppressionNote } from "./SuppressionNote.tsx";

export function ScorecardPage({ month }: { month: string | undefined }) {
  const navigate = useNavigate();
  const scorecard = useQuery({ ...scorecardQuery(month), placeholderData: keepPreviousData });
  if (scorecard.isError) return <ProblemPage error={scorecard.error} />;
  if (scorecard.isPending) {
    return (
      <>
        <PageHeading>Performance scorecard</PageHeading>
        <Loading what="Loading the scorecard" />
      </>
    );
  }

  const data = scorecard.data;
  if (!data.computation) {
    return (
      <>
        <PageHeading>Performance scorecard</PageHeading>
        <NoFigures />
      </>
    );
  }
  const exceptions = data.indicators.filter((i) => i.exceptionReasons.length > 0).length;
  return (
    <>
      <PageHeading caption={formatMonth(data.month)} title="Performance scorecard">
        Performance scorecard
      </PageHeading>
      <ComputedNote computation={data.computation} />
      <MonthPicker
        months={data.months}
        current={data.month}
        onChoose={(chosen) => void navigate({ to: "/performance", search: { month: chosen } })}
      />
      <p className="govuk-body">
        {exceptions === 0
          ? "No indicator is an exception this month."
          : `${exceptions} ${exceptions === 1 ? "indicator is an exception" : "indicators are exceptions"} this month. `}
        {exceptions > 0 ? (
          <Link
            to="/performance/exceptions"
            search={{ month: month ? (data.month ?? undefined) : undefined }}
            className="govuk-link"
          >
            Read the exceptions
          </Link>
        ) : null}
      </p>
      <SuppressionNote suppressed={data.suppressed} />
      {groupIndicators(data.indicators).map((group) => (
        <ScorecardTable
          key={group.group}
          caption={`${group.label}, ${formatMonth(data.month)}`}
          indicators={group.indicators}
        />
      ))}
    </>
  );
}
