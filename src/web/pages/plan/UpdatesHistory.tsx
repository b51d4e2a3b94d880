/**
 * Every progress update on an action, newest first. Updates are never edited or replaced:
 * a correction is a newer update, so the Board can always see what was said when.
 */
import type { z } from "zod";
import type { actionResponse } from "../../../plan/api.ts";
import { formatDate, formatDateTime } from "../../format.ts";
import { ACTION_STATUS_LABELS } from "./labels.ts";

type Update = z.infer<typeof actionResponse>["updates"][number];

export function UpdatesHistory({ updates }: { updates: Update[] }) {
  if (updates.length === 0) return <p className="govuk-body">No progress has been recorded yet.</p>;
  const newestFirst = [...updates].sort(
    (a, b) => b.onDate.localeCompare(a.onDate) || b.recordedAt.localeCompare(a.recordedAt),
  );
  return (
    <ol className="govuk-list app-history" reversed>
      {newestFirst.map((update) => (
        <li key={update.id} className="app-history__item">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{formatDate(update.onDate)}</h3>
          <p className="govuk-body govuk-!-margin-bottom-1">
            <strong>
              {ACTION_STATUS_LABELS[update.status] ?? update.status}, {update.percentComplete}%
              complete
            </strong>
          </p>
          <p className="govuk-body app-prose govuk-!-margin-bottom-1">{update.text}</p>
          <p className="govuk-body-s app-secondary-text">
            Recorded {formatDateTime(update.recordedAt)}
            {update.recordedBy ? ` by ${update.recordedBy}` : ""}
          </p>
        </li>
      ))}
    </ol>
  );
}
