/**
 * Change a user's name, email, role and teams. Only what changed is sent, so the audit
 * entry shows exactly what the administrator altered.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import { type AdminUser, updateUserRequest } from "../../../platform/admin/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Checkboxes, Select, TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { check, problemFor, problemsOf } from "../../components/problems.ts";
import { USERS_KEY } from "./queries.ts";
import { ROLE_OPTIONS } from "./role-options.ts";

type UpdateUser = z.input<typeof updateUserRequest>;

function sameIds(a: number[], b: number[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

interface Props {
  user: AdminUser;
  /** null when the administrator cannot list teams. */
  teams: { id: number; name: string }[] | null;
  isSelf: boolean;
}

export function EditUserForm({ user, teams, isSelf }: Props) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  // What was saved, so the confirmation can say what follows from it.
  const [saved, setSaved] = useState<UpdateUser | null>(null);
  const update = useMutation({
    mutationFn: (body: UpdateUser) => api.patch(`/api/admin/users/${user.id}`, body),
    onSuccess: (_answer, body) => {
      setSaved(body);
      return queryClient.invalidateQueries({ queryKey: USERS_KEY });
    },
    onError: (error) => setProblems(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const form = new FormData(event.currentTarget);
    const changes: Record<string, unknown> = {};
    const displayName = String(form.get("displayName") ?? "");
    if (displayName.trim() !== user.displayName) changes.displayName = displayName;
    const email = String(form.get("email") ?? "").trim() || null;
    if (email !== user.email) changes.email = email;
    const role = form.get("role");
    if (role !== null && role !== user.role) changes.role = role;
    if (teams) {
      const teamIds = form.getAll("teamIds").map(Number);
      if (!sameIds(teamIds, user.teamIds)) changes.teamIds = teamIds;
    }
    const checked = check(updateUserRequest, changes);
    if (!checked.ok) {
      return setProblems(
        checked.problems.map((problem) =>
          problem.field === null
            ? { field: null, message: "You have not changed anything. Change a detail, then save." }
            : problem,
        ),
      );
    }
    setProblems([]);
    setSaved(null);
    update.mutate(checked.data);
  };

  return (
    <section aria-labelledby="details-heading" className="govuk-!-margin-top-6">
      <h2 className="govuk-heading-m" id="details-heading">
        Change details, role or teams
      </h2>
      <ErrorSummary problems={problems} />
      {saved ? (
        <NotificationBanner heading="Changes saved" success autoFocus>
          {saved.role ? (
            <p className="govuk-body">
              {user.displayName} has been signed out, so their new role applies from their next
              sign-in.
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}
      <form onSubmit={submit} noValidate>
        <TextInput
          id="displayName"
          label="Full name"
          defaultValue={user.displayName}
          maxLength={200}
          error={problemFor(problems, "displayName")}
        />
        <TextInput
          id="email"
          label="Email address (optional)"
          type="email"
          spellCheck={false}
          defaultValue={user.email ?? ""}
          error={problemFor(problems, "email")}
        />
        <Select
          id="role"
          label="Role"
          hint={
            isSelf
              ? "You cannot change your own role. Ask another administrator."
              : "Changing the role signs the person out, so the new role applies at once."
          }
          options={ROLE_OPTIONS}
          defaultValue={user.role}
          disabled={isSelf}
          error={problemFor(problems, "role")}
        />
        {teams && teams.length > 0 ? (
          <Checkboxes
            id="teamIds"
            legend="Teams"
            hint="Select all that apply."
            options={teams.map((team) => ({ value: String(team.id), label: team.name }))}
            defaultChecked={user.teamIds.map(String)}
            error={problemFor(problems, "teamIds")}
          />
        ) : null}
        <button type="submit" className="govuk-button" aria-disabled={update.isPending}>
          Save changes
        </button>
      </form>
    </section>
  );
}
