/** Home: who is signed in, what their role may see, and links to what they may use. */
import { Link } from "@tanstack/react-router";
import { ROLE_DESCRIPTIONS } from "../../platform/access/roles.ts";
import { PageHeading } from "../components/PageHeading.tsx";
import {
  ACCOUNT_AREA,
  type Area,
  AUDIT_AREA,
  adminAreasFor,
  BOARD_AREA,
  CHILDREN_AREA,
  EXCEPTIONS_AREA,
  IMPORTS_AREA,
  mayOpen,
  PERFORMANCE_AREA,
  PLAN_AREA,
} from "../navigation.ts";
import { permissionLabel } from "../permission-labels.ts";
import { useSignedIn } from "../session.ts";

function AreaLink({ area }: { area: Area }) {
  return (
    <li>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        <Link to={area.to} className="govuk-link">
          {area.label}
        </Link>
      </h3>
      <p className="govuk-body">{area.description}</p>
    </li>
  );
}

export function HomePage() {
  const session = useSignedIn();
  const { user } = session;
  const work = [
    PERFORMANCE_AREA,
    EXCEPTIONS_AREA,
    PLAN_AREA,
    BOARD_AREA,
    CHILDREN_AREA,
    IMPORTS_AREA,
    AUDIT_AREA,
  ].filter((area) => mayOpen(session, area));
  const admin = adminAreasFor(session);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading title="Home" caption="Signed in to Waymark as">
          {user.displayName}
        </PageHeading>

        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Username</dt>
            <dd className="govuk-summary-list__value">{user.username}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Role</dt>
            <dd className="govuk-summary-list__value">{user.roleLabel}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">What your role can see</dt>
            <dd className="govuk-summary-list__value">{ROLE_DESCRIPTIONS[user.role]}</dd>
          </div>
        </dl>

        <h2 className="govuk-heading-m">People with your role can</h2>
        <ul className="govuk-list govuk-list--bullet">
          {session.permissions.map((permission) => (
            <li key={permission}>{permissionLabel(permission)}</li>
          ))}
        </ul>

        <h2 className="govuk-heading-m">What you can use</h2>
        <ul className="govuk-list">
          {work.map((area) => (
            <AreaLink key={area.to} area={area} />
          ))}
          {admin.map((area) => (
            <AreaLink key={area.to} area={area} />
          ))}
          <AreaLink area={ACCOUNT_AREA} />
        </ul>
      </div>
    </div>
  );
}
