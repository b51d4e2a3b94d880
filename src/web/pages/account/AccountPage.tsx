/** The user's own account: their details, a way to change password, and their sessions. */
import { Link } from "@tanstack/react-router";
import { ROLE_DESCRIPTIONS } from "../../../platform/access/roles.ts";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { useSignedIn } from "../../session.ts";
import { SessionsTable } from "./SessionsTable.tsx";

export function AccountPage({ passwordChanged }: { passwordChanged: boolean }) {
  const { user } = useSignedIn();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {passwordChanged ? (
          <NotificationBanner heading="Your password has been changed" success autoFocus>
            <p className="govuk-body">Any other sessions you had open have been signed out.</p>
          </NotificationBanner>
        ) : null}
        <PageHeading>Your account</PageHeading>

        <div className="app-measure">
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Name</dt>
              <dd className="govuk-summary-list__value">{user.displayName}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Username</dt>
              <dd className="govuk-summary-list__value">{user.username}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Role</dt>
              <dd className="govuk-summary-list__value">
                {user.roleLabel}
                <p className="govuk-hint govuk-!-margin-bottom-0">{ROLE_DESCRIPTIONS[user.role]}</p>
              </dd>
            </div>
          </dl>
          <p className="govuk-body">
            Your name, role and teams are set by your Waymark administrator. Ask them if any of
            these are wrong.
          </p>

          <h2 className="govuk-heading-m">Password</h2>
          <p className="govuk-body">
            Change your password if you think someone else knows it. Changing it signs you out
            everywhere else.
          </p>
          <Link to="/account/password" className="govuk-button govuk-button--secondary">
            Change your password
          </Link>
        </div>

        <SessionsTable />
      </div>
    </div>
  );
}
