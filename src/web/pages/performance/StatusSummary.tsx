/**
 * Where the indicator stands in the latest month: the figure, its target and rating, the
 * direction of travel, the SPC reading, assurance against the target and the projection,
 * each with the reason in words.
 */
import type { IndicatorStatusView } from "../../../performance/api.ts";
import { formatMonth } from "../../format.ts";
import { DrillLink } from "./DrillLink.tsx";
import { formatTargetValue, ON_TRACK_LABELS } from "./labels.ts";
import { RagTag } from "./RagTag.tsx";
import { ShownValue } from "./ShownValue.tsx";
import { SummaryRow } from "./SummaryRow.tsx";

interface Props {
  status: IndicatorStatusView;
  canDrillDown: boolean;
  periodEnd: string | null;
}

export function StatusSummary({ status, canDrillDown, periodEnd }: Props) {
  const drill = (part: "numerator" | "denominator", value: IndicatorStatusView["numerator"]) =>
    periodEnd ? (
      <DrillLink
        indicatorId={status.id}
        series="month"
        periodEnd={periodEnd}
        part={part}
        value={value}
        canDrillDown={canDrillDown}
      />
    ) : null;
  return (
    <dl className="govuk-summary-list app-measure-wide">
      <SummaryRow label="Value">
        <span className="app-figure">
          <ShownValue value={status.value} kind={status.kind} precision={status.precision} />
        </span>
        {status.kind === "percent" && status.denominator !== null ? (
          <span className="app-cell-note">
            {drill("numerator", status.numerator)} of {drill("denominator", status.denominator)}
          </span>
        ) : null}
      </SummaryRow>
      {status.kind === "count" && status.numerator !== null ? (
        <SummaryRow label="Records">{drill("numerator", status.numerator)}</SummaryRow>
      ) : null}
      <SummaryRow label="Target">
        {formatTargetValue(status.target, status.kind, status.precision)}
      </SummaryRow>
      <SummaryRow label="Rating">
        <RagTag status={status.rag.status} />
        <span className="app-cell-note">{status.rag.reason}</span>
      </SummaryRow>
      <SummaryRow label="Since the previous month">{status.sincePreviousPeriod.reason}</SummaryRow>
      <SummaryRow label="Since a year earlier">{status.sinceYearEarlier.reason}</SummaryRow>
      <SummaryRow label="Statistical process control">
        {status.signal?.note || "No value to assess."}
      </SummaryRow>
      {status.assurance ? (
        <SummaryRow label="Assurance">{status.assurance.reason}</SummaryRow>
      ) : null}
      <SummaryRow label="Projection">
        {status.projection ? (
          <>
            <strong>
              {ON_TRACK_LABELS[status.projection.onTrack] ?? status.projection.onTrack}.
            </strong>{" "}
            {status.projection.reason.replace(/^[^:]+:\s*/, "")}
          </>
        ) : (
          "No target to project to."
        )}
      </SummaryRow>
      {status.month ? <SummaryRow label="Month">{formatMonth(status.month)}</SummaryRow> : null}
    </dl>
  );
}
