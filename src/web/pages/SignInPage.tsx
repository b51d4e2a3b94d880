/**
 * Sign in. On success the session goes straight into the query cache; the app shell then
 * sends the user on to where they were going (or to change their password first).
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { sessionResponse, signInRequest } from "../../platform/auth/api.ts";
import { api, type Problem, setCsrfToken } from "../api-client.ts";
import { ErrorSummary } from "../components/ErrorSummary.tsx";
import { TextInput } from "../components/fields.tsx";
import { NotificationBanner } from "../components/NotificationBanner.tsx";
import { PageHeading } from "../components/PageHeading.tsx";
import { check, problemFor, problemsOf } from "../components/problems.ts";
import { SESSION_KEY } from "../session.ts";

export function SignInPage({ signedOut }: { signedOut: boolean }) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const signIn = useMutation({
    mutationFn: (body: { username: string; password: string }) =>
      api.post("/api/auth/sign-in", body, sessionResponse),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(SESSION_KEY, session);
    },
    onError: (error) => setProblems(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const form = new FormData(event.currentTarget);
    const checked = check(signInRequest, {
      username: form.get("username"),
      password: form.get("password"),
    });
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    signIn.mutate(checked.data);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {signedOut && problems.length === 0 ? (
          <NotificationBanner heading="You have signed out" success />
        ) : null}
        <ErrorSummary problems={problems} />
        <PageHeading>Sign in to Waymark</PageHeading>
        <p className="govuk-body">
          Use the username and password your Waymark administrator gave you.
        </p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="username"
            label="Username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            className="govuk-!-width-two-thirds"
            error={problemFor(problems, "username")}
          />
          <TextInput
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            className="govuk-!-width-two-thirds"
            error={problemFor(problems, "password")}
          />
          <button type="submit" className="govuk-button" aria-disabled={signIn.isPending}>
            {signIn.isPending ? "Signing in…" : "Sign in"}
          </button>
        </form>
        <p className="govuk-body">
          If you have forgotten your password, ask your Waymark administrator to reset it.
        </p>
      </div>
    </div>
  );
}
