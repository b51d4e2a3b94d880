/** An action's facts in a summary list: rating and why, progress, who owns it, when, and the measures it answers. */
import { Link } from "@tanstack/react-router";
import { formatDate } from "../../format.ts";
import { SummaryRow } from "../performance/SummaryRow.tsx";
import { ActionRating } from "./ActionRating.tsx";
import type { ActionSummary } from "./ActionsTable.tsx";
import { ACTION_STATUS_LABELS, WORKSTREAM_LABELS } from "./labels.ts";

export function ActionDetails({ action }: { action: ActionSummary }) {
  return (
    <dl className="govuk-summary-list app-measure-wide">
      <SummaryRow label="Rating">
        <ActionRating rag={action.rag} reason={action.reason} />
      </SummaryRow>
      <SummaryRow label="Status">
        {ACTION_STATUS_LABELS[action.status] ?? action.status}, {action.percentComplete}% complete
        {action.lastUpdate ? (
          <span className="app-cell-note app-secondary-text">
            Last updated {formatDate(action.lastUpdate.onDate)}
          </span>
        ) : null}
      </SummaryRow>
      <SummaryRow label="Owners">
        <ul className="govuk-list app-compact-list">
          {action.owners.map((owner) => (
            <li key={owner.owner}>{owner.owner}</li>
          ))}
        </ul>
      </SummaryRow>
      <SummaryRow label="Lead body">{action.leadBody}</SummaryRow>
      <SummaryRow label="Starts">{formatDate(action.startDate)}</SummaryRow>
      <SummaryRow label="Due">{formatDate(action.dueDate)}</SummaryRow>
      {action.workstream ? (
        <SummaryRow label="Workstream">
          {WORKSTREAM_LABELS[action.workstream] ?? action.workstream}
        </SummaryRow>
      ) : null}
      <SummaryRow label="Notice measures">
        {action.measureRefs.length === 0 ? (
          "None"
        ) : (
          <ul className="govuk-list app-inline-list">
            {action.measureRefs.map((ref) => (
              <li key={ref}>
                <Link to="/plan/notice" hash={ref} className="govuk-link">
                  <span className="govuk-visually-hidden">Measure </span>
                  {ref}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </SummaryRow>
    </dl>
  );
}
