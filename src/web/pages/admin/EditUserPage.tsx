/**
 * One user: change their details, role and teams; disable or enable the account; reset
 * the password. There is no single-user endpoint, so the page reads the users list.
 */
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ROLE_LABELS } from "../../../platform/access/roles.ts";
import { Loading } from "../../components/Loading.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { Tag } from "../../components/Tag.tsx";
import { formatDateTime } from "../../format.ts";
import { useSignedIn } from "../../session.ts";
import { NotFoundPage } from "../NotFoundPage.tsx";
import { ProblemPage } from "../ProblemPage.tsx";
import { AccountStatusForm } from "./AccountStatusForm.tsx";
import { AdminNav } from "./AdminNav.tsx";
import { EditUserForm } from "./EditUserForm.tsx";
import { teamsQuery, usersQuery } from "./queries.ts";
import { ResetPasswordForm } from "./ResetPasswordForm.tsx";

export function EditUserPage({ id }: { id: number }) {
  const session = useSignedIn();
  const users = useQuery(usersQuery);
  const teams = useQuery({ ...teamsQuery, enabled: session.can("teams.manage") });
  if (users.isError) return <ProblemPage error={users.error} />;
  if (users.isPending) {
    return (
      <>
        <AdminNav />
        <PageHeading>User</PageHeading>
        <Loading what="Loading the user" />
      </>
    );
  }
  const user = users.data.users.find((candidate) => candidate.id === id);
  if (!user) return <NotFoundPage what="There is no user with that number." />;
  const isSelf = user.id === session.user.id;

  return (
    <>
      <AdminNav />
      <Link to="/admin/users" className="govuk-back-link">
        Back to users
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <PageHeading caption="User" title={`${user.displayName} (user)`}>
            {user.displayName}
          </PageHeading>
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Username</dt>
              <dd className="govuk-summary-list__value">{user.username}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Role</dt>
              <dd className="govuk-summary-list__value">{ROLE_LABELS[user.role]}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Status</dt>
              <dd className="govuk-summary-list__value">
                {user.disabled ? (
                  <Tag colour="grey">Disabled</Tag>
                ) : (
                  <Tag colour="green">Active</Tag>
                )}
                {user.mustChangePassword ? " Must change password at next sign-in" : null}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Last signed in</dt>
              <dd className="govuk-summary-list__value">
                {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Never"}
              </dd>
            </div>
          </dl>

          <EditUserForm
            key={`${user.id}`}
            user={user}
            teams={teams.data?.teams ?? null}
            isSelf={isSelf}
          />
          <AccountStatusForm user={user} isSelf={isSelf} />
          <ResetPasswordForm user={user} />
        </div>
      </div>
    </>
  );
}
