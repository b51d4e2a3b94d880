/**
 * Shown when the user's role may not use a page: both when the web knows it in advance
 * (a typed-in address) and when the server refuses with 403.
 */
import { Link } from "@tanstack/react-router";
import { PageHeading } from "../components/PageHeading.tsx";

export function ForbiddenPage({ message }: { message?: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>You do not have permission to see this page</PageHeading>
        {message ? <p className="govuk-body">{message}</p> : null}
        <p className="govuk-body">
          What you can see in Waymark depends on your role. If you need this page for your work, ask
          a Waymark administrator in your council to check your role.
        </p>
        <p className="govuk-body">
          <Link to="/" className="govuk-link">
            Go to the Waymark home page
          </Link>
        </p>
      </div>
    </div>
  );
}
