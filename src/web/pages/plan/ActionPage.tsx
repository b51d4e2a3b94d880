/**
 * One plan action: its facts and rating, milestones, the dated history of progress
 * updates, and its evidence. Owners and plan managers (the people the server lets update
 * it) also get forms to add an update, a link or a file.
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatDate } from "../../format.ts";
import { useSignedIn } from "../../session.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { PageContents } from "../performance/PageContents.tsx";
import { ActionDetails } from "./ActionDetails.tsx";
import { AddMilestoneForm } from "./AddMilestoneForm.tsx";
import { EvidenceFileForm } from "./EvidenceFileForm.tsx";
import { EvidenceLinkForm } from "./EvidenceLinkForm.tsx";
import { EvidenceTable } from "./EvidenceTable.tsx";
import { MilestoneDoneForm } from "./MilestoneDoneForm.tsx";
import { MilestonesTable } from "./MilestonesTable.tsx";
import { PlanNav } from "./PlanNav.tsx";
import { actionQuery } from "./queries.ts";
import { UpdateForm } from "./UpdateForm.tsx";
import { UpdatesHistory } from "./UpdatesHistory.tsx";

function BackLink() {
  return (
    <Link to="/plan" className="govuk-back-link">
      Back to the plan
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

export function ActionPage({ id }: { id: number }) {
  const session = useSignedIn();
  const query = useQuery(actionQuery(id));
  if (query.isError) return <ProblemPage error={query.error} />;
  if (query.isPending) {
    return (
      <>
        <PlanNav />
        <BackLink />
        <PageHeading>Plan action</PageHeading>
        <Loading what="Loading the action" />
      </>
    );
  }
  const { action, updates, evidence, canUpdate, asAt } = query.data;
  const contents = [
    { id: "milestones-heading", label: "Milestones" },
    { id: "updates-heading", label: "Progress updates" },
    { id: "evidence-heading", label: "Evidence" },
  ];
  return (
    <>
      <PlanNav />
      <BackLink />
      <PageHeading
        caption={`Action ${action.ref}, as at ${formatDate(asAt)}`}
        title={`${action.ref}: ${action.title}`}
      >
        {action.title}
      </PageHeading>
      <PageContents items={contents} />
      <ActionDetails action={action} />

      <Section id="milestones-heading" title="Milestones">
        <MilestonesTable
          milestones={action.milestones}
          asAt={asAt}
          markDone={
            canUpdate
              ? (milestone) => <MilestoneDoneForm milestone={milestone} asAt={asAt} />
              : undefined
          }
        />
        {session.can("plan.manage") ? (
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Add a milestone</span>
            </summary>
            <div className="govuk-details__text">
              <AddMilestoneForm actionId={action.id} />
            </div>
          </details>
        ) : null}
      </Section>

      <Section id="updates-heading" title="Progress updates">
        <p className="govuk-body app-measure">
          Updates are never changed once recorded: a correction is a newer update, so the history
          shows what was reported and when.
        </p>
        <UpdatesHistory updates={updates} />
        {canUpdate ? (
          <>
            <h3 className="govuk-heading-s">Add a progress update</h3>
            <UpdateForm
              actionId={action.id}
              asAt={asAt}
              current={{ status: action.status, percentComplete: action.percentComplete }}
            />
          </>
        ) : (
          <p className="govuk-body app-measure">
            The action's owners and the people who manage the plan add progress updates and
            evidence.
          </p>
        )}
      </Section>

      <Section id="evidence-heading" title="Evidence">
        <EvidenceTable evidence={evidence} />
        {canUpdate ? (
          <>
            <h3 className="govuk-heading-s">Add a link to evidence</h3>
            <EvidenceLinkForm path={`/api/plan/actions/${action.id}`} />
            <h3 className="govuk-heading-s">Upload an evidence file</h3>
            <EvidenceFileForm path={`/api/plan/actions/${action.id}`} />
          </>
        ) : null}
      </Section>
    </>
  );
}
