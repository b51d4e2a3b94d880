/** Rename a team or move it to another service. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { updateTeamRequest } from "../../../platform/admin/api.ts";
import { ApiError, api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { TextInput } from "../../components/fields.tsx";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { check, problemFor, problemsOf } from "../../components/problems.ts";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { ProblemPage } from "../ProblemPage.tsx";
import { AdminNav } from "./AdminNav.tsx";
import { TEAMS_KEY, teamsQuery } from "./queries.ts";

export function EditTeamPage({ id }: { id: number }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const teams = useQuery(teamsQuery);
  const [problems, setProblems] = useState<Problem[]>([]);
  const update = useMutation({
    mutationFn: (body: { name?: string; service?: string }) =>
      api.patch(`/api/admin/teams/${id}`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: TEAMS_KEY });
      await navigate({ to: "/admin/teams" });
    },
    onError: (error) =>
      setProblems(
        error instanceof ApiError && error.code === "conflict"
          ? [{ field: "name", message: error.message }]
          : problemsOf(error),
      ),
  });

  if (teams.isError) return <ProblemPage error={teams.error} />;
  if (teams.isPending) {
    return (
      <>
        <PageHeading>Rename team</PageHeading>
        <Loading what="Loading the team" />
      </>
    );
  }
  const team = teams.data.teams.find((candidate) => candidate.id === id);
  if (!team) return <NotFoundPage what="There is no team with that number." />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const form = new FormData(event.currentTarget);
    const changes: Record<string, unknown> = {};
    const name = String(form.get("name") ?? "");
    const service = String(form.get("service") ?? "");
    if (name.trim() !== team.name) changes.name = name;
    if (service.trim() !== team.service) changes.service = service;
    const checked = check(updateTeamRequest, changes);
    if (!checked.ok) {
      return setProblems(
        checked.problems.map((problem) =>
          problem.field === null
            ? {
                field: "name",
                message: "You have not changed anything. Change the name or service, then save.",
              }
            : problem,
        ),
      );
    }
    setProblems([]);
    update.mutate(checked.data);
  };

  return (
    <>
      <AdminNav />
      <Link to="/admin/teams" className="govuk-back-link">
        Back to teams
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary problems={problems} />
          <PageHeading caption={team.name} title={`Rename ${team.name}`}>
            Rename team
          </PageHeading>
          <form onSubmit={submit} noValidate>
            <TextInput
              id="name"
              label="Team name"
              defaultValue={team.name}
              maxLength={120}
              error={problemFor(problems, "name")}
            />
            <TextInput
              id="service"
              label="Service"
              defaultValue={team.service}
              maxLength={120}
              error={problemFor(problems, "service")}
            />
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" aria-disabled={update.isPending}>
                Save
              </button>
              <Link to="/admin/teams" className="govuk-link">
                Cancel
              </Link>
            </div>
          </form>
        </div>
      </div>
    </>
  );
}
