/**
 * The Board's actions log: reminders (due today or within 7 days), what is overdue, and
 * every action, as at the council's reporting date.
 */
import { useQuery } from "@tanstack/react-query";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatDate } from "../../format.ts";
import { useSignedIn } from "../../session.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { BoardActionsTable } from "./BoardActionsTable.tsx";
import { BoardNav } from "./BoardNav.tsx";
import { boardActionsQuery } from "./queries.ts";

export function BoardActionsPage() {
  const session = useSignedIn();
  const query = useQuery(boardActionsQuery);
  if (query.isError) return <ProblemPage error={query.error} />;
  if (query.isPending) {
    return (
      <>
        <BoardNav />
        <PageHeading>Board actions</PageHeading>
        <Loading what="Loading the actions" />
      </>
    );
  }
  const { today, actions, reminders, overdue } = query.data;
  const canRecord = session.can("board.record");
  // The same action can be in two tables, so each table's form ids carry its name.
  const table = (name: string, caption: string, list: typeof actions) => (
    <BoardActionsTable
      name={name}
      caption={caption}
      actions={list}
      today={today}
      canRecord={canRecord}
    />
  );
  return (
    <>
      <BoardNav />
      <PageHeading caption={`As at ${formatDate(today)}`} title="Board actions">
        Board actions
      </PageHeading>

      <section aria-labelledby="reminders-heading">
        <h2 className="govuk-heading-m" id="reminders-heading">
          Reminders
        </h2>
        <p className="govuk-body app-measure-wide">
          Actions due today or in the next 7 days, so their owners can be chased before they are
          late.
        </p>
        {reminders.length === 0 ? (
          <p className="govuk-body">No action is due in the next 7 days.</p>
        ) : (
          table("reminders", "Due today or in the next 7 days", reminders)
        )}
      </section>

      <section aria-labelledby="overdue-heading">
        <h2 className="govuk-heading-m" id="overdue-heading">
          Overdue
        </h2>
        {overdue.length === 0 ? (
          <p className="govuk-body">No action is overdue.</p>
        ) : (
          table("overdue", "Overdue actions", overdue)
        )}
      </section>

      <section aria-labelledby="all-heading">
        <h2 className="govuk-heading-m" id="all-heading">
          All actions
        </h2>
        {actions.length === 0 ? (
          <p className="govuk-body">The Board has set no actions yet.</p>
        ) : (
          table("all", "Every action the Board has set", actions)
        )}
      </section>
    </>
  );
}
