/**
 * The chair's earlier commentary on one measure, newest first, each with who wrote it and
 * when. Commentary is never overwritten: a newer entry supersedes it in the report, and
 * the earlier ones stay here so the Board can see what was said before.
 */
import { formatDateTime } from "../../format.ts";
import type { CommentaryEntry } from "./report-labels.ts";

export function ReportCommentaryHistory({
  measureRef,
  entries,
}: {
  measureRef: string;
  entries: CommentaryEntry[];
}) {
  if (entries.length === 0) return null;
  return (
    <details className="govuk-details govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Earlier commentary on {measureRef} ({entries.length})
        </span>
      </summary>
      <div className="govuk-details__text">
        <ol className="govuk-list app-history" reversed>
          {entries.map((entry) => (
            <li key={entry.id} className="app-history__item">
              <p className="govuk-body app-prose govuk-!-margin-bottom-1">{entry.text}</p>
              <p className="govuk-body-s app-secondary-text govuk-!-margin-bottom-0">
                Written {formatDateTime(entry.recordedAt)}
                {entry.recordedBy ? ` by ${entry.recordedBy}` : ""}
              </p>
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
