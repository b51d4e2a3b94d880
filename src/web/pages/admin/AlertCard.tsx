/** One break-glass use as a GOV.UK summary card, with a review form while it is open. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, type ReactNode, useState } from "react";
import type { z } from "zod";
import { type breakGlassAlert, reviewAlertRequest } from "../../../platform/admin/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Textarea } from "../../components/fields.tsx";
import { check, problemFor, problemsOf } from "../../components/problems.ts";
import { Tag } from "../../components/Tag.tsx";
import { formatDateTime } from "../../format.ts";
import { roleLabel } from "../../permission-labels.ts";
import { useSignedIn } from "../../session.ts";
import { ALERTS_KEY } from "./queries.ts";

type Alert = z.infer<typeof breakGlassAlert>;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export function AlertCard({ alert }: { alert: Alert }) {
  const session = useSignedIn();
  const queryClient = useQueryClient();
  const noteId = `note-${alert.id}`;
  const [problems, setProblems] = useState<Problem[]>([]);
  const review = useMutation({
    mutationFn: (body: { note: string }) => api.post(`/api/admin/alerts/${alert.id}/review`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ALERTS_KEY }),
    onError: (error) => setProblems(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (review.isPending) return;
    const checked = check(reviewAlertRequest, {
      note: new FormData(event.currentTarget).get(noteId),
    });
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    review.mutate(checked.data);
  };

  const titleId = `alert-${alert.id}-title`;
  return (
    <section className="govuk-summary-card" aria-labelledby={titleId}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={titleId}>
          {alert.displayName} opened child record {alert.childId}
        </h3>
        {alert.reviewedAt ? (
          <Tag colour="green">Reviewed</Tag>
        ) : (
          <Tag colour="orange">Waiting for review</Tag>
        )}
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <Row label="Who">
            {alert.displayName} ({alert.username}), {roleLabel(alert.role)}
          </Row>
          <Row label="When">{formatDateTime(alert.grantedAt)}</Row>
          <Row label="Access until">{formatDateTime(alert.expiresAt)}</Row>
          <Row label="Reason given">{alert.reason}</Row>
          {alert.reviewedAt ? (
            <Row label="Review">
              Reviewed by {alert.reviewedBy ?? "an administrator"} on{" "}
              {formatDateTime(alert.reviewedAt)}
              {alert.reviewNote ? (
                <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                  {alert.reviewNote}
                </p>
              ) : null}
            </Row>
          ) : null}
        </dl>
        {session.can("child.access_log") ? (
          <p className="govuk-body">
            <Link
              to="/children/$childId/access-log"
              params={{ childId: String(alert.childId) }}
              className="govuk-link"
            >
              Who has viewed child record {alert.childId}
            </Link>
          </p>
        ) : null}
        {alert.reviewedAt ? null : (
          <form onSubmit={submit} noValidate>
            <ErrorSummary problems={problems} fieldId={() => noteId} />
            <Textarea
              id={noteId}
              label="What did you check?"
              labelClassName="govuk-label--s"
              hint="For example, that the reason matches a referral the person was handling that day."
              rows={3}
              maxLength={2000}
              error={problemFor(problems, "note") ?? problemFor(problems, noteId)}
            />
            <button
              type="submit"
              className="govuk-button govuk-!-margin-bottom-0"
              aria-disabled={review.isPending}
            >
              Mark as reviewed
              <span className="govuk-visually-hidden">
                {" "}
                ({alert.displayName}, child record {alert.childId})
              </span>
            </button>
          </form>
        )}
      </div>
    </section>
  );
}
