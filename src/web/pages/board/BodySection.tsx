/**
 * One governance body: what it is for, whom it answers to, its members, and its meetings
 * (each a link to the meeting's page).
 */
import { Link } from "@tanstack/react-router";
import type { z } from "zod";
import type { meetingsResponse } from "../../../board/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatDate } from "../../format.ts";
import { SummaryRow } from "../performance/SummaryRow.tsx";

type Data = z.infer<typeof meetingsResponse>;

interface Props {
  body: Data["bodies"][number];
  meetings: Data["meetings"];
  today: string;
}

function MembersList({ members }: { members: Props["body"]["members"] }) {
  if (members.length === 0) return <>No members recorded</>;
  return (
    <ul className="govuk-list app-compact-list">
      {members.map((member) => (
        <li key={member.id}>
          {member.name}, {member.role}
          {member.organisation ? (
            <span className="app-secondary-text"> ({member.organisation})</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function MeetingsTable({
  name,
  meetings,
  today,
}: {
  name: string;
  meetings: Data["meetings"];
  today: string;
}) {
  if (meetings.length === 0) return <p className="govuk-body">No meetings are recorded.</p>;
  const caption = `Meetings of the ${name}`;
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-table--small app-measure-wide">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Date
            </th>
            <th scope="col" className="govuk-table__header">
              Meeting
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Decisions
            </th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Packs
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {meetings.map((meeting) => (
            <tr className="govuk-table__row" key={meeting.id}>
              <td className="govuk-table__cell app-nowrap">
                {formatDate(meeting.date)}
                {meeting.date > today ? (
                  <span className="app-cell-note app-secondary-text">Not yet held</span>
                ) : null}
              </td>
              <th scope="row" className="govuk-table__header govuk-!-font-weight-regular">
                <Link
                  to="/board/meetings/$meetingId"
                  params={{ meetingId: String(meeting.id) }}
                  className="govuk-link"
                >
                  {meeting.title}
                </Link>
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{meeting.decisions}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{meeting.packs}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function BodySection({ body, meetings, today }: Props) {
  const headingId = `body-${body.key}`;
  return (
    <section aria-labelledby={headingId} className="app-body">
      <h2 className="govuk-heading-m" id={headingId}>
        {body.name}
      </h2>
      <dl className="govuk-summary-list app-measure-wide">
        <SummaryRow label="Remit">{body.remit}</SummaryRow>
        <SummaryRow label="Accountable to">{body.accountableTo ?? "Not recorded"}</SummaryRow>
        <SummaryRow label="Members">
          <MembersList members={body.members} />
        </SummaryRow>
      </dl>
      <MeetingsTable name={body.name} meetings={meetings} today={today} />
    </section>
  );
}
