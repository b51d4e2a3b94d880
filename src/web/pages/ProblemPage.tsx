/**
 * What a page shows instead of itself when its data could not be loaded: the permission
 * page for a 403, the not-found page for a 404, otherwise the server's own words.
 */
import { ApiError } from "../api-client.ts";
import { PageHeading } from "../components/PageHeading.tsx";
import { ForbiddenPage } from "./ForbiddenPage.tsx";
import { NotFoundPage } from "./NotFoundPage.tsx";

export function ProblemPage({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.status === 403)
    return <ForbiddenPage message={error.message} />;
  if (error instanceof ApiError && error.status === 404)
    return <NotFoundPage what={error.message} />;
  const message = error instanceof Error ? error.message : "Something went wrong.";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageHeading>Sorry, there is a problem</PageHeading>
        <p className="govuk-body">{message}</p>
        <p className="govuk-body">
          Reload the page to try again. If it keeps happening, tell your Waymark administrator and
          quote any reference shown above.
        </p>
      </div>
    </div>
  );
}
