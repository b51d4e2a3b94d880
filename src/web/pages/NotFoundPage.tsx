/** Shown for an address the web does not know, and for a record the server did not find. */
import { Link } from "@tanstack/react-router";
import { PageHeading } from "../components/PageHeading.tsx";

export function NotFoundPage({ what }: { what?: string }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Page not found</PageHeading>
        {what ? <p className="govuk-body">{what}</p> : null}
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
        <p className="govuk-body">
          If you pasted the web address, check you copied the entire address.
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
