/**
 * Disable or enable an account. Disabling signs the person out everywhere at once; the
 * account and its history stay, so it can be enabled again.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { AdminUser } from "../../../platform/admin/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { problemsOf } from "../../components/problems.ts";
import { USERS_KEY } from "./queries.ts";

export function AccountStatusForm({ user, isSelf }: { user: AdminUser; isSelf: boolean }) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const toggle = useMutation({
    mutationFn: (disabled: boolean) => api.patch(`/api/admin/users/${user.id}`, { disabled }),
    onSuccess: (_answer, disabled) => {
      setDone(
        disabled
          ? `${user.displayName}'s account is disabled`
          : `${user.displayName}'s account is enabled`,
      );
      return queryClient.invalidateQueries({ queryKey: USERS_KEY });
    },
    onError: (error) => setProblems(problemsOf(error)),
  });
  const change = () => {
    if (toggle.isPending) return;
    setProblems([]);
    setDone(null);
    toggle.mutate(!user.disabled);
  };

  return (
    <section aria-labelledby="status-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="status-heading">
        Account status
      </h2>
      <ErrorSummary problems={problems} />
      {done ? <NotificationBanner heading={done} success autoFocus /> : null}
      {user.disabled ? (
        <>
          <p className="govuk-body">This account is disabled. {user.displayName} cannot sign in.</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={change}>
            Enable account
          </button>
        </>
      ) : isSelf ? (
        <p className="govuk-body">
          You cannot disable your own account. Ask another administrator.
        </p>
      ) : (
        <>
          <p className="govuk-body">
            Disable the account when someone leaves or no longer needs Waymark. They are signed out
            at once. Their history stays in the audit log.
          </p>
          <button type="button" className="govuk-button govuk-button--warning" onClick={change}>
            Disable account
          </button>
        </>
      )}
    </section>
  );
}
