/**
 * The Improvement Plan: how many actions have each rating, every action with its rating
 * and why (filterable by rating, with the filter in the address), the ICS implementation
 * workstream on its own with its issue log, and the plan's versions.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatDate } from "../../format.ts";
import { useSignedIn } from "../../session.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { PageContents } from "../performance/PageContents.tsx";
import { ActionsTable } from "./ActionsTable.tsx";
import { IcsIssuesTable } from "./IcsIssuesTable.tsx";
import { IcsIssueUpdates } from "./IcsIssueUpdates.tsx";
import { ACTION_RAG, type RagFilter } from "./labels.ts";
import { PlanNav } from "./PlanNav.tsx";
import { PlanVersionsTable } from "./PlanVersionsTable.tsx";
import { planQuery } from "./queries.ts";
import { RagFilterNav } from "./RagFilterNav.tsx";
import { RaiseIcsIssueForm } from "./RaiseIcsIssueForm.tsx";
import { SaveVersionButton } from "./SaveVersionButton.tsx";

const CONTENTS = [
  { id: "actions-heading", label: "Actions" },
  { id: "ics-heading", label: "ICS implementation workstream" },
  { id: "versions-heading", label: "Plan versions" },
];

export function PlanPage({ rag }: { rag: RagFilter | undefined }) {
  const session = useSignedIn();
  const plan = useQuery({ ...planQuery, placeholderData: keepPreviousData });
  if (plan.isError) return <ProblemPage error={plan.error} />;
  if (plan.isPending) {
    return (
      <>
        <PlanNav />
        <PageHeading>Improvement Plan</PageHeading>
        <Loading what="Loading the plan" />
      </>
    );
  }
  const data = plan.data;
  const shown = data.actions.filter((a) => !rag || a.rag === rag);
  const main = shown.filter((a) => a.workstream !== "ics");
  const ics = shown.filter((a) => a.workstream === "ics");
  const which = rag ? `${ACTION_RAG[rag]?.label ?? rag} actions` : "Actions";
  const none = rag ? `No action is rated ${ACTION_RAG[rag]?.label.toLowerCase() ?? rag}.` : "";
  return (
    <>
      <PlanNav />
      <PageHeading caption={`As at ${formatDate(data.asAt)}`} title="Improvement Plan">
        Improvement Plan
      </PageHeading>
      <p className="govuk-body app-measure-wide">
        Each action is rated by stated rules: complete; red if blocked or past its due date; amber
        if a milestone is late, it has not started when it should have, or it is due within 14 days
        and under 75% complete; otherwise green. The reason is given beside each rating.
      </p>
      <PageContents items={CONTENTS} />

      <section aria-labelledby="actions-heading">
        <h2 className="govuk-heading-l" id="actions-heading">
          Actions
        </h2>
        {data.canManage ? (
          <p className="govuk-body">
            <Link to="/plan/actions/new" className="govuk-link">
              Add an action
            </Link>
          </p>
        ) : null}
        <RagFilterNav counts={data.counts} total={data.actions.length} current={rag} />
        {main.length > 0 ? (
          <ActionsTable caption={`${which} in the Improvement Plan`} actions={main} />
        ) : (
          <p className="govuk-body">{none || "The plan has no actions yet."}</p>
        )}
      </section>

      <section aria-labelledby="ics-heading">
        <h2 className="govuk-heading-l" id="ics-heading">
          ICS implementation workstream
        </h2>
        <p className="govuk-body app-measure-wide">
          The move to the new Integrated Children's System is run as its own workstream, with an
          issue log the Board reviews.
        </p>
        {ics.length > 0 ? (
          <ActionsTable caption={`${which} in the ICS workstream`} actions={ics} />
        ) : (
          <p className="govuk-body">{none || "The workstream has no actions yet."}</p>
        )}
        <IcsIssuesTable issues={data.icsIssues} />
        {session.can("plan.update", "plan.manage") ? (
          <>
            <IcsIssueUpdates issues={data.icsIssues} />
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">Raise an issue</span>
              </summary>
              <div className="govuk-details__text">
                <RaiseIcsIssueForm asAt={data.asAt} />
              </div>
            </details>
          </>
        ) : null}
      </section>

      <section aria-labelledby="versions-heading">
        <h2 className="govuk-heading-l" id="versions-heading">
          Plan versions
        </h2>
        <p className="govuk-body app-measure-wide">
          A version is a snapshot of the plan. It stays a draft until the Improvement Board approves
          it at a meeting; it is then locked and cannot change.
          {data.canApprove ? (
            <>
              {" "}
              To approve a draft, open the meeting on the{" "}
              <Link to="/board" className="govuk-link">
                Board's meetings page
              </Link>
              .
            </>
          ) : null}
        </p>
        <PlanVersionsTable versions={data.versions} />
        {data.canManage ? <SaveVersionButton /> : null}
      </section>
    </>
  );
}
