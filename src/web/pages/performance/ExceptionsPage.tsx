/**
 * The exceptions the Board reads first: indicators red or amber against target, showing
 * special cause concern, or unlikely to reach the target by its date, each with the
 * month's commentary.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatMonth } from "../../format.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { ComputedNote, NoFigures } from "./ComputedNote.tsx";
import { ExceptionCard } from "./ExceptionCard.tsx";
import { MonthPicker } from "./MonthPicker.tsx";
import { exceptionsQuery, scorecardQuery } from "./queries.ts";
import { SuppressionNote } from "./SuppressionNote.tsx";

export function ExceptionsPage({ month }: { month: string | undefined }) {
  const navigate = useNavigate();
  const exceptions = useQuery({ ...exceptionsQuery(month), placeholderData: keepPreviousData });
  // The months to choose from come with the scorecard (the same, cached, answer).
  const scorecard = useQuery(scorecardQuery(month));
  if (exceptions.isError) return <ProblemPage error={exceptions.error} />;
  if (exceptions.isPending) {
    return (
      <>
        <PageHeading>Exceptions</PageHeading>
        <Loading what="Loading the exceptions" />
      </>
    );
  }
  const data = exceptions.data;
  if (!data.computation || data.month === null) {
    return (
      <>
        <PageHeading>Exceptions</PageHeading>
        <NoFigures />
      </>
    );
  }
  const monthName = formatMonth(data.month);
  return (
    <>
      <PageHeading caption={monthName} title="Exceptions">
        Exceptions
      </PageHeading>
      <ComputedNote computation={data.computation} />
      <p className="govuk-body app-measure">
        An indicator is an exception when it is red or amber against its target, when its latest
        value shows special cause variation of concern, or when it is unlikely to meet its target by
        the target date.
      </p>
      <MonthPicker
        months={scorecard.data?.months ?? []}
        current={data.month}
        onChoose={(chosen) =>
          void navigate({ to: "/performance/exceptions", search: { month: chosen } })
        }
      />
      <SuppressionNote suppressed={data.suppressed} />
      {data.exceptions.length === 0 ? (
        <p className="govuk-body">No indicator is an exception in {monthName}.</p>
      ) : (
        <p className="govuk-body">
          {data.exceptions.length === 1
            ? `1 exception in ${monthName}.`
            : `${data.exceptions.length} exceptions in ${monthName}.`}
        </p>
      )}
      {data.exceptions.map(({ indicator, commentary }) => (
        <ExceptionCard
          key={`${indicator.id}-${data.month}`}
          indicator={indicator}
          commentary={commentary}
          month={data.month ?? ""}
        />
      ))}
    </>
  );
}
