/** What the indicator counts, exactly: the rules the engine applies, and its version. */
import type { IndicatorView } from "../../../performance/api.ts";
import { PERIOD_TYPE_LABELS, POLARITY_LABELS } from "./labels.ts";
import { SummaryRow } from "./SummaryRow.tsx";

export function DefinitionSummary({ definition }: { definition: IndicatorView["definition"] }) {
  return (
    <dl className="govuk-summary-list app-measure-wide">
      <SummaryRow label="What it measures">{definition.description}</SummaryRow>
      <SummaryRow label="Numerator">{definition.numerator}</SummaryRow>
      <SummaryRow label="Denominator">
        {definition.denominator ?? "None: this indicator is a count"}
      </SummaryRow>
      <SummaryRow label="Better direction">{POLARITY_LABELS[definition.polarity]}</SummaryRow>
      <SummaryRow label="Counts">
        {PERIOD_TYPE_LABELS[definition.periodType] ?? definition.periodType}
      </SummaryRow>
      <SummaryRow label="Version">{definition.version}</SummaryRow>
    </dl>
  );
}
