/**
 * A quarterly report's place in the reporting calendar: when it is due, who owns it,
 * where it stands (the server states it by the calendar's rule, so both pages agree) and
 * the Improvement Board meeting that signs it off.
 */
import { Link } from "@tanstack/react-router";
import { RatedTag } from "../../components/RatedTag.tsx";
import { formatDate } from "../../format.ts";
import { SummaryRow } from "../performance/SummaryRow.tsx";
import { CALENDAR_STATE } from "./labels.ts";
import type { ReportView } from "./report-labels.ts";

function State({ item }: { item: ReportView["item"] }) {
  const state = CALENDAR_STATE[item.state] ?? { label: item.state, colour: "grey" };
  return <RatedTag label={state.label} colour={state.colour} reason={item.reason} />;
}

export function ReportDetails({ item, meeting }: Pick<ReportView, "item" | "meeting">) {
  return (
    <dl className="govuk-summary-list app-measure-wide">
      <SummaryRow label="Due">{formatDate(item.dueDate)}</SummaryRow>
      <SummaryRow label="Owner">{item.owner}</SummaryRow>
      <SummaryRow label="State">
        <State item={item} />
        {item.note ? <span className="app-cell-note app-prose">{item.note}</span> : null}
      </SummaryRow>
      <SummaryRow label="Signed off at">
        {meeting ? (
          <Link
            to="/board/meetings/$meetingId"
            params={{ meetingId: String(meeting.id) }}
            className="govuk-link"
          >
            {meeting.title}
          </Link>
        ) : (
          `No Improvement Board meeting is scheduled on or before ${formatDate(item.dueDate)}`
        )}
        {meeting ? (
          <span className="app-cell-note app-secondary-text">{formatDate(meeting.date)}</span>
        ) : null}
      </SummaryRow>
    </dl>
  );
}
