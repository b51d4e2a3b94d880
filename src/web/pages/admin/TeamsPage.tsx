/** The council's teams, which decide which children social workers and managers see. */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { ProblemPage } from "../ProblemPage.tsx";
import { AdminNav } from "./AdminNav.tsx";
import { CreateTeamForm } from "./CreateTeamForm.tsx";
import { teamsQuery } from "./queries.ts";

export function TeamsPage() {
  const teams = useQuery(teamsQuery);
  if (teams.isError) return <ProblemPage error={teams.error} />;
  return (
    <>
      <AdminNav />
      <PageHeading>Teams</PageHeading>
      <p className="govuk-body app-measure">
        Social workers and team managers see the children allocated to their teams. Add people to
        teams on the users page.
      </p>
      {teams.isPending ? <Loading what="Loading teams" /> : null}
      {teams.data ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {teams.data.teams.length} {teams.data.teams.length === 1 ? "team" : "teams"}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Team
              </th>
              <th scope="col" className="govuk-table__header">
                Service
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Members
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {teams.data.teams.map((team) => (
              <tr className="govuk-table__row" key={team.id}>
                <th scope="row" className="govuk-table__header">
                  {team.name}
                </th>
                <td className="govuk-table__cell">{team.service}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{team.memberCount}</td>
                <td className="govuk-table__cell">
                  <Link
                    to="/admin/teams/$teamId"
                    params={{ teamId: String(team.id) }}
                    className="govuk-link"
                  >
                    Rename<span className="govuk-visually-hidden"> {team.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <CreateTeamForm />
    </>
  );
}
