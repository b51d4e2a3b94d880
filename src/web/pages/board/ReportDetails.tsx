/**
 * A quarterly report's place in the reporting calendar: when it is due, who owns it,
 * where it stands (the calendar's own state and reason, so both pages agree) and the
 * Improvement Board meeting that signs it off.
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { RatedTag } from "../../components/RatedTag.tsx";
import { formatDate } from "../../format.ts";
import { SummaryRow } from "../performance/SummaryRow.tsx";
import { CALENDAR_STATE } from "./labels.ts";
import { calendarQuery } from "./queries.ts";
import type { ReportView } from "./report-labels.ts";

/** The state from the calendar once it has loaded; until then, or if it fails, the bare facts. */
function State({ item }: { item: ReportView["item"] }) {
  const calendar = useQuery(calendarQuery);
  const listed = calendar.data?.items.find((i) => i.id === item.id);
  if (listed) {
    const state = CALENDAR_STATE[listed.state] ?? { label: listed.state, colour: "grey" };
    return <RatedTag label={state.label} colour={state.colour} reason={listed.reason} />;
  }
  return <>{item.deliveredOn ? `Delivered on ${formatDate(item.deliveredOn)}` : "Not delivered"}</>;
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
