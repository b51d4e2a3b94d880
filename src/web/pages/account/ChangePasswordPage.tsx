/**
 * Change your own password. Users whose password was set by an administrator are sent
 * here after signing in and cannot use the rest of Waymark until they have changed it.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { changePasswordRequest } from "../../../platform/auth/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { check, problemFor, problemsOf } from "../../components/problems.ts";
import { SESSION_KEY, safeRedirect, useSignedIn } from "../../session.ts";

export const PASSWORD_HINT =
  "Use at least 12 characters. Long phrases are good, for example three or four unrelated words. Common passwords are refused, and so are passwords containing your username or the word Waymark.";

export function ChangePasswordPage({ redirect }: { redirect: string | undefined }) {
  const { user } = useSignedIn();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<Problem[]>([]);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post("/api/account/password", body),
    onSuccess: async () => {
      // The session now says the password need not change, which lifts the shell's gate.
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      if (redirect) await navigate({ href: safeRedirect(redirect) });
      else await navigate({ to: "/account", search: { passwordChanged: "true" } });
    },
    onError: (error) => setProblems(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const form = new FormData(event.currentTarget);
    const checked = check(changePasswordRequest, {
      currentPassword: form.get("currentPassword"),
      newPassword: form.get("newPassword"),
    });
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    change.mutate(checked.data);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        {user.mustChangePassword ? (
          <NotificationBanner heading="You need to choose a new password before you use Waymark">
            <p className="govuk-body">
              Your password was set by an administrator, so only you should know the new one.
            </p>
          </NotificationBanner>
        ) : null}
        <PageHeading>Change your password</PageHeading>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="currentPassword"
            label="Current password"
            type="password"
            autoComplete="current-password"
            className="govuk-!-width-two-thirds"
            error={problemFor(problems, "currentPassword")}
          />
          <TextInput
            id="newPassword"
            label="New password"
            type="password"
            autoComplete="new-password"
            hint={PASSWORD_HINT}
            className="govuk-!-width-two-thirds"
            error={problemFor(problems, "newPassword")}
          />
          <p className="govuk-body">Changing your password signs you out on every other device.</p>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" aria-disabled={change.isPending}>
              Change password
            </button>
            {user.mustChangePassword ? null : (
              <Link to="/account" className="govuk-link">
                Cancel
              </Link>
            )}
          </div>
        </form>
      </div>
    </div>
  );
}
