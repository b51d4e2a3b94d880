/**
 * One meeting: its agenda, attendance and minutes, decisions and actions, the plan
 * versions (for the Improvement Board, which approves the plan) and its packs. Each form
 * is offered only where the server says this user may use it.
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { formatDate, formatDateTime } from "../../format.ts";
import { useSignedIn } from "../../session.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { PageContents } from "../performance/PageContents.tsx";
import { AttendanceTable } from "./AttendanceTable.tsx";
import { BoardActionForm } from "./BoardActionForm.tsx";
import { BoardNav } from "./BoardNav.tsx";
import { DecisionForm } from "./DecisionForm.tsx";
import { GeneratePacks } from "./GeneratePacks.tsx";
import { MeetingActionsTable } from "./MeetingActionsTable.tsx";
import { MeetingPlanVersions } from "./MeetingPlanVersions.tsx";
import { MinutesForm } from "./MinutesForm.tsx";
import { PacksTable } from "./PacksTable.tsx";
import { meetingQuery } from "./queries.ts";
import { ReportPacksTable } from "./ReportPacksTable.tsx";

function BackLink() {
  return (
    <Link to="/board" className="govuk-back-link">
      Back to the meetings
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

/** A form behind a GOV.UK details toggle, so the page reads as a record first. */
function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

export function MeetingPage({ id }: { id: number }) {
  const session = useSignedIn();
  const query = useQuery(meetingQuery(id));
  if (query.isError) return <ProblemPage error={query.error} />;
  if (query.isPending) {
    return (
      <>
        <BoardNav />
        <BackLink />
        <PageHeading>Meeting</PageHeading>
        <Loading what="Loading the meeting" />
      </>
    );
  }
  const { meeting, packs, planVersions, canRecord, canGeneratePacks, canApprovePlan } = query.data;
  // Only the Improvement Board approves the plan, so only its meetings show the versions.
  const approvesPlan = meeting.bodyKey === "improvement_board";
  // The server lets only roles that see figures in full generate the Board's pack.
  const audiences: ("board" | "members")[] = session.can("aggregate.unsuppressed")
    ? ["board", "members"]
    : ["members"];
  const contents = [
    { id: "agenda-heading", label: "Agenda" },
    { id: "minutes-heading", label: "Attendance and minutes" },
    { id: "decisions-heading", label: "Decisions" },
    { id: "actions-heading", label: "Actions" },
    ...(approvesPlan ? [{ id: "plan-heading", label: "Improvement Plan" }] : []),
    { id: "packs-heading", label: "Packs" },
  ];
  return (
    <>
      <BoardNav />
      <BackLink />
      <PageHeading
        caption={`${meeting.bodyName}, ${formatDate(meeting.date)}`}
        title={meeting.title}
      >
        {meeting.title}
      </PageHeading>
      <PageContents items={contents} />

      <Section id="agenda-heading" title="Agenda">
        {meeting.agenda.length === 0 ? (
          <p className="govuk-body">No agenda is recorded.</p>
        ) : (
          <ol className="govuk-list govuk-list--number app-measure-wide">
            {meeting.agenda.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="minutes-heading" title="Attendance and minutes">
        <AttendanceTable attendance={meeting.attendance} />
        <h3 className="govuk-heading-s">Minutes</h3>
        {meeting.minutes.trim() ? (
          <p className="govuk-body app-prose app-measure-wide">{meeting.minutes}</p>
        ) : (
          <p className="govuk-body">No minutes have been recorded yet.</p>
        )}
        {canRecord ? (
          <Disclosure summary="Record the minutes and attendance">
            <MinutesForm meeting={meeting} />
          </Disclosure>
        ) : null}
      </Section>

      <Section id="decisions-heading" title="Decisions">
        {meeting.decisions.length === 0 ? (
          <p className="govuk-body">No decisions are recorded for this meeting.</p>
        ) : (
          <ol className="govuk-list govuk-list--number app-measure-wide">
            {meeting.decisions.map((decision) => (
              <li key={decision.id}>
                <span className="app-prose">{decision.text}</span>
                <span className="app-cell-note app-secondary-text govuk-body-s">
                  Recorded {formatDateTime(decision.recordedAt)}
                </span>
              </li>
            ))}
          </ol>
        )}
        {canRecord ? (
          <Disclosure summary="Record a decision">
            <DecisionForm meetingId={meeting.id} />
          </Disclosure>
        ) : null}
      </Section>

      <Section id="actions-heading" title="Actions">
        <MeetingActionsTable actions={meeting.actions} />
        <p className="govuk-body">
          <Link to="/board/actions" className="govuk-link">
            See every Board action, with reminders and what is overdue
          </Link>
        </p>
        {canRecord ? (
          <Disclosure summary="Record an action">
            <BoardActionForm meetingId={meeting.id} meetingDate={meeting.date} />
          </Disclosure>
        ) : null}
      </Section>

      {approvesPlan ? (
        <Section id="plan-heading" title="Improvement Plan">
          <p className="govuk-body app-measure-wide">
            A draft version becomes the approved plan when the Board approves it at a meeting; it is
            then locked.{" "}
            <Link to="/plan" className="govuk-link">
              Read the plan as it stands
            </Link>
            .
          </p>
          <MeetingPlanVersions
            meetingId={meeting.id}
            meetingTitle={meeting.title}
            versions={planVersions}
            canApprove={canApprovePlan}
          />
        </Section>
      ) : null}

      <Section id="packs-heading" title="Packs">
        <p className="govuk-body app-measure-wide">
          A pack is a locked snapshot of the plan, the figures and this meeting's decisions and
          actions, as an accessible web page and a PDF. The Board's pack has figures in full; the
          members' pack, for elected members and observers, withholds figures resting on 1 to 5
          children.
        </p>
        {canGeneratePacks ? <GeneratePacks meetingId={meeting.id} audiences={audiences} /> : null}
        {/* A quarterly report signed off here is stored as one of this meeting's packs, but
            it is not the meeting's pack: list it apart, under its own title. */}
        <PacksTable packs={packs.filter((pack) => pack.reportingItemId === null)} />
        {packs.some((pack) => pack.reportingItemId !== null) ? (
          <ReportPacksTable
            packs={packs.filter((pack) => pack.reportingItemId !== null)}
            caption="Quarterly reports to the minister signed off at this meeting"
            withTitle
          />
        ) : null}
      </Section>
    </>
  );
}
