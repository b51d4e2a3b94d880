/**
 * Add a user. The administrator sets a first password, which the person must replace
 * when they first sign in, so the administrator never knows the password in use.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useRef, useState } from "react";
import { z } from "zod";
import { createUserRequest } from "../../../platform/admin/api.ts";
import { ApiError, api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Checkboxes, Select, TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { check, inFieldOrder, problemFor, problemsOf } from "../../components/problems.ts";
import { PASSWORD_HINT_FOR_OTHERS } from "./password-hint.ts";
import { USERS_KEY } from "./queries.ts";
import { ROLE_OPTIONS } from "./role-options.ts";

type CreateUser = z.input<typeof createUserRequest>;
const created = z.object({ id: z.number() });

export function CreateUserForm({ teams }: { teams: { id: number; name: string }[] }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [added, setAdded] = useState<{ id: number; name: string } | null>(null);
  const create = useMutation({
    mutationFn: (body: CreateUser) => api.post("/api/admin/users", body, created),
    onSuccess: (answer, body) => {
      setAdded({ id: answer.id, name: body.displayName });
      formRef.current?.reset();
      return queryClient.invalidateQueries({ queryKey: USERS_KEY });
    },
    onError: (error) =>
      // A taken username comes back as a conflict without a field; it is about the username.
      setProblems(
        error instanceof ApiError && error.code === "conflict"
          ? [{ field: "username", message: error.message }]
          : problemsOf(error),
      ),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const checked = check(createUserRequest, {
      username: form.get("username"),
      displayName: form.get("displayName"),
      email: email || null,
      role: form.get("role") || undefined,
      teamIds: form.getAll("teamIds").map(Number),
      password: form.get("password"),
    });
    if (!checked.ok) {
      const problems = checked.problems.map((problem) =>
        problem.field === "role" ? { field: "role", message: "Choose the person's role" } : problem,
      );
      return setProblems(
        inFieldOrder(problems, ["displayName", "username", "email", "role", "teamIds", "password"]),
      );
    }
    setProblems([]);
    setAdded(null);
    create.mutate(checked.data);
  };

  return (
    <section aria-labelledby="add-user-heading" className="govuk-!-margin-top-8 app-measure">
      <h2 className="govuk-heading-l" id="add-user-heading">
        Add a user
      </h2>
      <ErrorSummary problems={problems} />
      {added ? (
        <NotificationBanner heading={`${added.name} has been added`} success autoFocus>
          <p className="govuk-body">
            Give them their username and first password separately and securely. They must choose a
            new password when they first sign in.{" "}
            <Link
              to="/admin/users/$userId"
              params={{ userId: String(added.id) }}
              className="govuk-notification-banner__link"
            >
              See their details
            </Link>
          </p>
        </NotificationBanner>
      ) : null}
      <form onSubmit={submit} noValidate ref={formRef}>
        <TextInput
          id="displayName"
          label="Full name"
          autoComplete="off"
          maxLength={200}
          error={problemFor(problems, "displayName")}
        />
        <TextInput
          id="username"
          label="Username"
          hint="2 to 50 letters, digits, dots, hyphens or underscores, for example j.smith"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          className="govuk-input--width-20"
          error={problemFor(problems, "username")}
        />
        <TextInput
          id="email"
          label="Email address (optional)"
          type="email"
          autoComplete="off"
          spellCheck={false}
          error={problemFor(problems, "email")}
        />
        <Select
          id="role"
          label="Role"
          hint="The role decides what the person can see. Give the least that lets them do their job."
          options={[{ value: "", label: "Choose a role" }, ...ROLE_OPTIONS]}
          defaultValue=""
          error={problemFor(problems, "role")}
        />
        {teams.length > 0 ? (
          <Checkboxes
            id="teamIds"
            legend="Teams"
            hint="Social workers and team managers see the children allocated to their teams. Select all that apply."
            options={teams.map((team) => ({ value: String(team.id), label: team.name }))}
            error={problemFor(problems, "teamIds")}
          />
        ) : null}
        <TextInput
          id="password"
          label="First password"
          type="password"
          autoComplete="new-password"
          hint={PASSWORD_HINT_FOR_OTHERS}
          className="govuk-!-width-two-thirds"
          error={problemFor(problems, "password")}
        />
        <button type="submit" className="govuk-button" aria-disabled={create.isPending}>
          Add user
        </button>
      </form>
    </section>
  );
}
