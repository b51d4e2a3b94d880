/**
 * The Improvement Board and the partner bodies around it: each body's remit, to whom it is
 * accountable and its members, and its meetings in date order.
 */
import { useQuery } from "@tanstack/react-query";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useSignedIn } from "../../session.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { BoardNav } from "./BoardNav.tsx";
import { BoardSetup } from "./BoardSetup.tsx";
import { BodySection } from "./BodySection.tsx";
import { meetingsQuery } from "./queries.ts";

export function MeetingsPage() {
  const session = useSignedIn();
  const query = useQuery(meetingsQuery);
  if (query.isError) return <ProblemPage error={query.error} />;
  if (query.isPending) {
    return (
      <>
        <BoardNav />
        <PageHeading>Meetings</PageHeading>
        <Loading what="Loading the meetings" />
      </>
    );
  }
  const { bodies, meetings, today } = query.data;
  return (
    <>
      <BoardNav />
      <PageHeading caption="Improvement Board">Meetings</PageHeading>
      <p className="govuk-body app-measure-wide">
        The Improvement Board oversees the Improvement Notice. The bodies below report to it or
        alongside it; each meeting's page has its agenda, minutes, decisions, actions and board
        packs.
      </p>
      {bodies.length === 0 ? <p className="govuk-body">No bodies are recorded yet.</p> : null}
      {bodies.map((body) => (
        <BodySection
          key={body.id}
          body={body}
          meetings={meetings
            .filter((m) => m.bodyKey === body.key)
            .sort((a, b) => a.date.localeCompare(b.date))}
          today={today}
        />
      ))}
      {session.can("board.record") ? <BoardSetup bodies={bodies} /> : null}
    </>
  );
}
