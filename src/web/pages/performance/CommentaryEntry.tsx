/** One commentary entry: owner, narrative and corrective action, and who recorded it. */
import type { IndicatorView } from "../../../performance/api.ts";
import { formatDateTime } from "../../format.ts";

type Commentary = IndicatorView["commentary"][number];

export function CommentaryEntry({ entry }: { entry: Commentary }) {
  return (
    <dl className="govuk-summary-list app-measure-wide">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Owner</dt>
        <dd className="govuk-summary-list__value">{entry.owner}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">What is happening</dt>
        <dd className="govuk-summary-list__value app-prose">{entry.narrative}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Corrective action</dt>
        <dd className="govuk-summary-list__value app-prose">{entry.correctiveAction}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Recorded</dt>
        <dd className="govuk-summary-list__value">
          {formatDateTime(entry.recordedAt)}
          {entry.recordedBy ? ` by ${entry.recordedBy}` : ""}
        </dd>
      </div>
    </dl>
  );
}
