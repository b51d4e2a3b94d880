/**
 * Set a new password for someone who has forgotten theirs. They are signed out
 * everywhere and must choose their own password when they next sign in.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import type { AdminUser } from "../../../platform/admin/api.ts";
import { resetPasswordRequest } from "../../../platform/admin/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { check, problemFor, problemsOf } from "../../components/problems.ts";
import { PASSWORD_HINT_FOR_OTHERS } from "./password-hint.ts";
import { USERS_KEY } from "./queries.ts";

export function ResetPasswordForm({ user }: { user: AdminUser }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [done, setDone] = useState(false);
  const reset = useMutation({
    mutationFn: (body: { password: string }) =>
      api.post(`/api/admin/users/${user.id}/password`, body),
    onSuccess: () => {
      setDone(true);
      formRef.current?.reset();
      return queryClient.invalidateQueries({ queryKey: USERS_KEY });
    },
    onError: (error) => setProblems(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    const checked = check(resetPasswordRequest, { password });
    if (!checked.ok) return setProblems(checked.problems);
    if (!password) return setProblems([{ field: "password", message: "Enter a new password" }]);
    setProblems([]);
    setDone(false);
    reset.mutate(checked.data);
  };

  return (
    <section aria-labelledby="reset-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="reset-heading">
        Reset password
      </h2>
      <ErrorSummary problems={problems} />
      {done ? (
        <NotificationBanner heading="Password reset" success autoFocus>
          <p className="govuk-body">
            {user.displayName} has been signed out everywhere. Give them the new password securely;
            they must change it when they next sign in.
          </p>
        </NotificationBanner>
      ) : null}
      <form onSubmit={submit} noValidate ref={formRef}>
        <TextInput
          id="password"
          label="New password"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT_FOR_OTHERS}
          className="govuk-!-width-two-thirds"
          error={problemFor(problems, "password")}
        />
        <button
          type="submit"
          className="govuk-button govuk-button--secondary"
          aria-disabled={reset.isPending}
        >
          Reset password
        </button>
      </form>
    </section>
  );
}
