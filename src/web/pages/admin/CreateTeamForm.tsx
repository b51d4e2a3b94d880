/** Add a team. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { teamRequest } from "../../../platform/admin/api.ts";
import { ApiError, api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { check, problemFor, problemsOf } from "../../components/problems.ts";
import { TEAMS_KEY } from "./queries.ts";

export function CreateTeamForm() {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: { name: string; service: string }) => api.post("/api/admin/teams", body),
    onSuccess: (_answer, body) => {
      setAdded(body.name);
      formRef.current?.reset();
      return queryClient.invalidateQueries({ queryKey: TEAMS_KEY });
    },
    onError: (error) =>
      setProblems(
        error instanceof ApiError && error.code === "conflict"
          ? [{ field: "name", message: error.message }]
          : problemsOf(error),
      ),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const form = new FormData(event.currentTarget);
    const checked = check(teamRequest, { name: form.get("name"), service: form.get("service") });
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    setAdded(null);
    create.mutate(checked.data);
  };

  return (
    <section aria-labelledby="add-team-heading" className="govuk-!-margin-top-8 app-measure">
      <h2 className="govuk-heading-l" id="add-team-heading">
        Add a team
      </h2>
      <ErrorSummary problems={problems} />
      {added ? <NotificationBanner heading={`${added} has been added`} success autoFocus /> : null}
      <form onSubmit={submit} noValidate ref={formRef}>
        <TextInput
          id="name"
          label="Team name"
          hint="For example, Assessment Team 2"
          maxLength={120}
          error={problemFor(problems, "name")}
        />
        <TextInput
          id="service"
          label="Service"
          hint="The service the team belongs to, for example Front door or Children in care"
          maxLength={120}
          error={problemFor(problems, "service")}
        />
        <button type="submit" className="govuk-button" aria-disabled={create.isPending}>
          Add team
        </button>
      </form>
    </section>
  );
}
