/**
 * Shown when the server refuses a child's record. Roles with break-glass may ask for
 * temporary access by giving a reason; the page says plainly that this is logged and
 * reviewed, so nobody uses it casually.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { breakGlassRequest, breakGlassResponse } from "../../../cases/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Textarea } from "../../components/fields.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { check, problemFor, problemsOf } from "../../components/problems.ts";
import { childKey } from "./childQuery.ts";

interface Props {
  id: number;
  canBreakGlass: boolean;
  onGranted: (expiresAt: string) => void;
}

export function AccessDenied({ id, canBreakGlass, onGranted }: Props) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const breakGlass = useMutation({
    mutationFn: (body: { reason: string }) =>
      api.post(`/api/children/${id}/break-glass`, body, breakGlassResponse),
    onSuccess: (grant) => {
      onGranted(grant.expiresAt);
      return queryClient.invalidateQueries({ queryKey: childKey(id) });
    },
    onError: (error) => setProblems(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (breakGlass.isPending) return;
    const checked = check(breakGlassRequest, {
      reason: new FormData(event.currentTarget).get("reason"),
    });
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    breakGlass.mutate(checked.data);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        <PageHeading>You do not have access to this child's record</PageHeading>
        <p className="govuk-body">
          The record is outside what your role lets you see: it may be allocated to another team, or
          restricted to named people. Your attempt to open it has been recorded.
        </p>
        {canBreakGlass ? (
          <>
            <h2 className="govuk-heading-m">Use break-glass access</h2>
            <p className="govuk-body">
              If you need this record now for your work, for example to keep a child safe, you can
              open it for a limited time by saying why.
            </p>
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                Your name, your reason and every view are logged, and an administrator reviews each
                use of break-glass access.
              </strong>
            </div>
            <form onSubmit={submit} noValidate>
              <Textarea
                id="reason"
                label="Why do you need to see this record?"
                labelClassName="govuk-label--s"
                hint="At least 10 characters. For example, the referral or visit you are dealing with."
                error={problemFor(problems, "reason")}
                maxLength={2000}
              />
              <button
                type="submit"
                className="govuk-button govuk-button--warning"
                aria-disabled={breakGlass.isPending}
              >
                Open the record with break-glass access
              </button>
            </form>
          </>
        ) : (
          <p className="govuk-body">
            Your role cannot use break-glass access. If you need this record, ask your manager.
          </p>
        )}
        <p className="govuk-body">
          <Link to="/children" className="govuk-link">
            Back to children
          </Link>
        </p>
      </div>
    </div>
  );
}
