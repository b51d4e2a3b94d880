/**
 * One notice measure in a quarterly report, as a GOV.UK summary card: what the notice
 * asks, its status and why, the chair's current commentary with who wrote it and when,
 * the earlier commentary, and (for those who write the report) a form for a newer entry.
 */
import { RatedTag } from "../../components/RatedTag.tsx";
import { formatDateTime } from "../../format.ts";
import { SummaryRow } from "../performance/SummaryRow.tsx";
import { MEASURE_STATUS } from "../plan/labels.ts";
import { ReportCommentaryForm } from "./ReportCommentaryForm.tsx";
import { ReportCommentaryHistory } from "./ReportCommentaryHistory.tsx";
import type { ReportMeasure } from "./report-labels.ts";

interface Props {
  reportId: number;
  measure: ReportMeasure;
  canWrite: boolean;
}

export function ReportMeasureCard({ reportId, measure, canWrite }: Props) {
  const status = MEASURE_STATUS[measure.status] ?? { label: measure.status, colour: "grey" };
  const current = measure.commentary;
  // The history is newest first and starts with the current entry.
  const earlier = measure.history.filter((entry) => entry.id !== current?.id);
  const titleId = `measure-${measure.id}-title`;
  return (
    <section className="govuk-summary-card" aria-labelledby={titleId}>
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title" id={titleId}>
          Measure {measure.ref}
        </h4>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <SummaryRow label="The notice asks">{measure.text}</SummaryRow>
          <SummaryRow label="Status">
            <RatedTag label={status.label} colour={status.colour} reason={measure.reason} />
          </SummaryRow>
          <SummaryRow label="Chair's commentary">
            {current ? (
              <>
                <p className="govuk-body app-prose govuk-!-margin-bottom-1">{current.text}</p>
                <p className="govuk-body-s app-secondary-text govuk-!-margin-bottom-2">
                  Written {formatDateTime(current.recordedAt)}
                  {current.recordedBy ? ` by ${current.recordedBy}` : ""}
                </p>
              </>
            ) : (
              <p className="govuk-body govuk-!-margin-bottom-2">No commentary yet.</p>
            )}
            <ReportCommentaryHistory measureRef={measure.ref} entries={earlier} />
          </SummaryRow>
        </dl>
        {canWrite ? (
          <details className="govuk-details govuk-!-margin-top-4 govuk-!-margin-bottom-0">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                {current ? "Write newer commentary" : "Write commentary"}
                <span className="govuk-visually-hidden"> on {measure.ref}</span>
              </span>
            </summary>
            <div className="govuk-details__text">
              <ReportCommentaryForm reportId={reportId} measure={measure} />
            </div>
          </details>
        ) : null}
      </div>
    </section>
  );
}
