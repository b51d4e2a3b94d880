/**
 * One indicator in full: where it stands, what it counts, the SPC chart with the table
 * behind it, the breakdown by team, published comparisons, the target and its history,
 * change points and commentary. The series (monthly, year to date, rolling 12 months) is
 * in the address.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { endOfMonth } from "../../../calendar/dates.ts";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatMonth } from "../../format.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { BenchmarksTable } from "./BenchmarksTable.tsx";
import { ChangePointsList } from "./ChangePointsList.tsx";
import { CommentaryHistory } from "./CommentaryHistory.tsx";
import { ComputedNote, NoFigures } from "./ComputedNote.tsx";
import { DefinitionSummary } from "./DefinitionSummary.tsx";
import { GROUP_LABELS } from "./labels.ts";
import { PageContents } from "./PageContents.tsx";
import { indicatorQuery, type Series } from "./queries.ts";
import { SpcChartSection } from "./SpcChartSection.tsx";
import { StatusSummary } from "./StatusSummary.tsx";
import { SuppressionNote } from "./SuppressionNote.tsx";
import { TargetSection } from "./TargetSection.tsx";
import { TeamsTable } from "./TeamsTable.tsx";

const CONTENTS = [
  { id: "status-heading", label: "Latest month" },
  { id: "definition-heading", label: "Definition" },
  { id: "chart-heading", label: "Chart and figures" },
  { id: "teams-heading", label: "By team" },
  { id: "benchmarks-heading", label: "Comparisons" },
  { id: "target-heading", label: "Target" },
  { id: "change-points-heading", label: "Change points" },
  { id: "commentary-heading", label: "Commentary" },
];

function BackLink() {
  return (
    <Link to="/performance" className="govuk-back-link">
      Back to the scorecard
    </Link>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function IndicatorPage({ id, series }: { id: string; series: Series }) {
  const indicator = useQuery({ ...indicatorQuery(id, series), placeholderData: keepPreviousData });
  if (indicator.isError) return <ProblemPage error={indicator.error} />;
  if (indicator.isPending) {
    return (
      <>
        <BackLink />
        <PageHeading>Indicator</PageHeading>
        <Loading what="Loading the indicator" />
      </>
    );
  }
  const view = indicator.data;
  const { definition, status } = view;
  return (
    <>
      <BackLink />
      <PageHeading caption={GROUP_LABELS[status.group] ?? status.group}>
        {definition.title}
      </PageHeading>
      <ComputedNote computation={view.computation} />
      {view.computation ? null : <NoFigures />}
      <SuppressionNote suppressed={view.suppressed} />
      <PageContents items={CONTENTS} />

      <Section
        id="status-heading"
        title={`Latest month${status.month ? `: ${formatMonth(status.month)}` : ""}`}
      >
        <StatusSummary
          status={status}
          canDrillDown={view.canDrillDown}
          periodEnd={status.month ? endOfMonth(status.month) : null}
        />
      </Section>

      <Section id="definition-heading" title="Definition">
        <DefinitionSummary definition={definition} />
      </Section>

      <SpcChartSection view={view} />

      <Section id="teams-heading" title="By team">
        <TeamsTable view={view} />
      </Section>

      <Section id="benchmarks-heading" title="Compared with England and statistical neighbours">
        <BenchmarksTable view={view} />
      </Section>

      <Section id="target-heading" title="Target">
        <TargetSection view={view} />
      </Section>

      <Section id="change-points-heading" title="Change points">
        <ChangePointsList changePoints={view.changePoints} />
      </Section>

      <Section id="commentary-heading" title="Commentary">
        <CommentaryHistory entries={view.commentary} />
      </Section>
    </>
  );
}
