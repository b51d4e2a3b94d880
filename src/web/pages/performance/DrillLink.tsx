/**
 * A numerator or denominator that opens the records behind it, for roles that may read
 * children (the server also cuts the list to the children the user may see). Anyone else,
 * and any withheld figure, gets the plain number: aggregate-only users never see a link.
 */
import { Link } from "@tanstack/react-router";
import { formatMonth } from "../../format.ts";
import type { Shown } from "./labels.ts";
import type { Part, Series } from "./queries.ts";
import { ShownCount } from "./ShownValue.tsx";

interface Props {
  indicatorId: string;
  series: Series;
  periodEnd: string;
  part: Part;
  value: Shown;
  canDrillDown: boolean;
}

export function DrillLink({ indicatorId, series, periodEnd, part, value, canDrillDown }: Props) {
  if (!canDrillDown || typeof value !== "number" || value === 0)
    return <ShownCount value={value} />;
  return (
    <Link
      to="/performance/$id/children"
      params={{ id: indicatorId }}
      search={{ series, periodEnd, part }}
      className="govuk-link"
    >
      <ShownCount value={value} />
      <span className="govuk-visually-hidden">
        : the records in the {part}, {formatMonth(periodEnd)}
      </span>
    </Link>
  );
}
