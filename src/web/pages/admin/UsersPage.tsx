/** Everyone who can sign in to Waymark, and a form to add someone. */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ROLE_LABELS } from "../../../platform/access/roles.ts";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { Tag } from "../../components/Tag.tsx";
import { formatDateTime } from "../../format.ts";
import { useSignedIn } from "../../session.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { AdminNav } from "./AdminNav.tsx";
import { CreateUserForm } from "./CreateUserForm.tsx";
import { teamsQuery, usersQuery } from "./queries.ts";

export function UsersPage() {
  const session = useSignedIn();
  const users = useQuery(usersQuery);
  // Team names make the table readable; a role without teams.manage just sees none.
  const teams = useQuery({ ...teamsQuery, enabled: session.can("teams.manage") });
  if (users.isError) return <ProblemPage error={users.error} />;

  const teamName = new Map((teams.data?.teams ?? []).map((team) => [team.id, team.name]));
  return (
    <>
      <AdminNav />
      <PageHeading>Users</PageHeading>
      {users.isPending ? <Loading what="Loading users" /> : null}
      {users.data ? (
        <ScrollRegion label="Users">
          <table className="govuk-table app-table--small">
            <caption className="govuk-table__caption govuk-table__caption--m">
              {users.data.users.length} {users.data.users.length === 1 ? "user" : "users"}
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Username
                </th>
                <th scope="col" className="govuk-table__header">
                  Role
                </th>
                <th scope="col" className="govuk-table__header">
                  Teams
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header">
                  Last signed in
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {users.data.users.map((user) => (
                <tr className="govuk-table__row" key={user.id}>
                  <th scope="row" className="govuk-table__header">
                    <Link
                      to="/admin/users/$userId"
                      params={{ userId: String(user.id) }}
                      className="govuk-link"
                    >
                      {user.displayName}
                      <span className="govuk-visually-hidden"> (change)</span>
                    </Link>
                  </th>
                  <td className="govuk-table__cell">{user.username}</td>
                  <td className="govuk-table__cell">{ROLE_LABELS[user.role]}</td>
                  <td className="govuk-table__cell">
                    {user.teamIds.length === 0
                      ? "None"
                      : user.teamIds.map((id) => teamName.get(id) ?? `Team ${id}`).join(", ")}
                  </td>
                  <td className="govuk-table__cell">
                    {user.disabled ? (
                      <Tag colour="grey">Disabled</Tag>
                    ) : (
                      <Tag colour="green">Active</Tag>
                    )}
                    {user.mustChangePassword && !user.disabled ? (
                      <>
                        {" "}
                        <Tag colour="yellow">Must change password</Tag>
                      </>
                    ) : null}
                  </td>
                  <td className="govuk-table__cell">
                    {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Never"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : null}
      <CreateUserForm teams={teams.data?.teams ?? []} />
    </>
  );
}
