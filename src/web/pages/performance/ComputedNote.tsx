/**
 * When the figures were computed and from which data, or, before any import, what to do
 * to get figures at all.
 */
import { Link } from "@tanstack/react-router";
import { formatDateTime, formatMonth } from "../../format.ts";
import { IMPORTS_AREA, mayOpen } from "../../navigation.ts";
import { useSignedIn } from "../../session.ts";

interface Computation {
  computedAt: string;
  lastMonth: string;
}

export function ComputedNote({ computation }: { computation: Computation | null }) {
  if (!computation) return null;
  return (
    <p className="govuk-body-s app-secondary-text">
      Figures computed {formatDateTime(computation.computedAt)} from imports up to{" "}
      {formatMonth(computation.lastMonth)}.
    </p>
  );
}

export function NoFigures() {
  const session = useSignedIn();
  return (
    <>
      <h2 className="govuk-heading-m">No figures yet: import case data</h2>
      <p className="govuk-body app-measure">
        Waymark computes the indicators from the case system's extracts (the CIN census, SSDA903
        returns and the rest) each time a file is imported. No file has been imported yet.
      </p>
      {mayOpen(session, IMPORTS_AREA) ? (
        <p className="govuk-body">
          <Link to="/imports" className="govuk-link">
            Go to imports
          </Link>
        </p>
      ) : (
        <p className="govuk-body app-measure">A performance officer imports the files.</p>
      )}
    </>
  );
}
