/** Where the SPC limits were recalculated, and why: a change in process the Board agreed. */
import type { IndicatorView } from "../../../performance/api.ts";
import { formatMonth } from "../../format.ts";

export function ChangePointsList({
  changePoints,
}: {
  changePoints: IndicatorView["changePoints"];
}) {
  if (changePoints.length === 0) {
    return (
      <p className="govuk-body app-measure">
        None recorded: the mean and limits are calculated over the whole series.
      </p>
    );
  }
  return (
    <ul className="govuk-list govuk-list--bullet app-measure">
      {changePoints.map((point) => (
        <li key={point.id}>
          From {formatMonth(point.fromMonth)}: {point.label}
          {point.indicatorId === null ? " (applies to every indicator)" : ""}
        </li>
      ))}
    </ul>
  );
}
