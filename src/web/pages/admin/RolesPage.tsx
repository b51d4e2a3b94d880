/**
 * The roles and what each may do, from the server's single role-to-permission table, so
 * what is shown here is exactly what the server enforces.
 */
import { useQuery } from "@tanstack/react-query";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { permissionLabel } from "../../permission-labels.ts";
import { ProblemPage } from "../ProblemPage.tsx";
import { AdminNav } from "./AdminNav.tsx";
import { rolesQuery } from "./queries.ts";

function Allowed({ allowed }: { allowed: boolean }) {
  // A tick or a dash, not colour, carries the answer; screen readers hear Yes or No.
  return allowed ? (
    <>
      <span aria-hidden="true" className="app-tick">
        ✓
      </span>
      <span className="govuk-visually-hidden">Yes</span>
    </>
  ) : (
    <>
      <span aria-hidden="true" className="app-no">
        –
      </span>
      <span className="govuk-visually-hidden">No</span>
    </>
  );
}

export function RolesPage() {
  const roles = useQuery(rolesQuery);
  if (roles.isError) return <ProblemPage error={roles.error} />;
  return (
    <>
      <AdminNav />
      <PageHeading>Roles</PageHeading>
      <p className="govuk-body app-measure">
        A person's role decides what they can see and do. Roles are fixed; to change what someone
        can do, change their role on the users page.
      </p>
      {roles.isPending ? <Loading what="Loading roles" /> : null}
      {roles.data ? (
        <>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">The roles</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Role
                </th>
                <th scope="col" className="govuk-table__header">
                  What it is for
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Users
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {roles.data.roles.map((role) => (
                <tr className="govuk-table__row" key={role.role}>
                  <th scope="row" className="govuk-table__header">
                    {role.label}
                  </th>
                  <td className="govuk-table__cell">{role.description}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{role.userCount}</td>
                </tr>
              ))}
            </tbody>
          </table>

          <ScrollRegion label="What each role may do">
            <table className="govuk-table app-table--small app-matrix">
              <caption className="govuk-table__caption govuk-table__caption--m">
                What each role may do
                <span className="govuk-caption-m app-caption-note">
                  ✓ means the role has the permission; – means it does not. Scroll the table
                  sideways to see every role.
                </span>
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Permission
                  </th>
                  {roles.data.roles.map((role) => (
                    <th
                      scope="col"
                      className="govuk-table__header app-matrix__role"
                      key={role.role}
                    >
                      {role.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {roles.data.permissions.map((permission) => (
                  <tr className="govuk-table__row" key={permission}>
                    <th scope="row" className="govuk-table__header">
                      {permissionLabel(permission)}
                    </th>
                    {roles.data.roles.map((role) => (
                      <td className="govuk-table__cell app-matrix__cell" key={role.role}>
                        <Allowed allowed={role.permissions.includes(permission)} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      ) : null}
    </>
  );
}
