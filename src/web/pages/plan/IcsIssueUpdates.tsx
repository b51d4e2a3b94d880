/**
 * A way to update each issue in the ICS log, one details toggle per issue below the
 * table rather than in it: the form's text areas need more room than a table cell has.
 */
import type { z } from "zod";
import type { planResponse } from "../../../plan/api.ts";
import { IcsIssueUpdateForm } from "./IcsIssueUpdateForm.tsx";
import { ICS_STATUS_LABELS } from "./labels.ts";

type Issue = z.infer<typeof planResponse>["icsIssues"][number];

export function IcsIssueUpdates({ issues }: { issues: Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <>
      <h3 className="govuk-heading-s">Update an issue</h3>
      {issues.map((issue) => (
        <details className="govuk-details govuk-!-margin-bottom-3" key={issue.id}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {`Update ${issue.ref} (${(ICS_STATUS_LABELS[issue.status] ?? issue.status).toLowerCase()})`}
            </span>
          </summary>
          <div className="govuk-details__text">
            <p className="govuk-body app-prose">{issue.issue}</p>
            <IcsIssueUpdateForm issue={issue} />
          </div>
        </details>
      ))}
    </>
  );
}
