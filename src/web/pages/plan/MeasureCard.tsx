/**
 * One measure of the notice as a GOV.UK summary card: what the notice asks, its combined
 * status with the counts behind it, and the plan actions and indicators it rests on, each
 * with its own rating and reason and a link to the full page.
 */
import { Link } from "@tanstack/react-router";
import type { z } from "zod";
import type { noticeResponse } from "../../../plan/api.ts";
import { RatedTag } from "../../components/RatedTag.tsx";
import { reasonBesideTag } from "../../components/reason.ts";
import { RAG } from "../performance/labels.ts";
import { RagTag } from "../performance/RagTag.tsx";
import { SummaryRow } from "../performance/SummaryRow.tsx";
import { ActionRating } from "./ActionRating.tsx";
import { IndicatorValue } from "./IndicatorValue.tsx";
import { MEASURE_STATUS } from "./labels.ts";

type Measure = z.infer<typeof noticeResponse>["measures"][number];

function LinkedActions({ actions }: { actions: Measure["actions"] }) {
  if (actions.length === 0) return <>No plan action is linked to this measure.</>;
  return (
    <ul className="govuk-list app-rated-list">
      {actions.map((action) => (
        <li key={action.id}>
          <Link
            to="/plan/actions/$actionId"
            params={{ actionId: String(action.id) }}
            className="govuk-link"
          >
            {action.ref}: {action.title}
          </Link>
          <span className="app-cell-note">
            <ActionRating rag={action.rag} reason={action.reason} block={false} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function LinkedIndicators({ indicators }: { indicators: Measure["indicators"] }) {
  if (indicators.length === 0) return <>No indicator figures are linked to this measure.</>;
  return (
    <ul className="govuk-list app-rated-list">
      {indicators.map((indicator) => {
        const label = RAG[indicator.rag.status]?.label ?? indicator.rag.status;
        const detail = reasonBesideTag(label, indicator.rag.reason);
        return (
          <li key={indicator.id}>
            <Link to="/performance/$id" params={{ id: indicator.id }} className="govuk-link">
              {indicator.title}
            </Link>
            <span className="app-cell-note">
              <IndicatorValue id={indicator.id} value={indicator.value} />{" "}
              <RagTag status={indicator.rag.status} />
              {detail ? ` ${detail}` : ""}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function MeasureCard({ measure }: { measure: Measure }) {
  const status = MEASURE_STATUS[measure.status] ?? { label: measure.status, colour: "grey" };
  return (
    <section
      className="govuk-summary-card"
      id={measure.ref}
      aria-labelledby={`${measure.ref}-title`}
    >
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title" id={`${measure.ref}-title`}>
          Measure {measure.ref}
        </h4>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <SummaryRow label="The notice asks">{measure.text}</SummaryRow>
          <SummaryRow label="Status">
            <RatedTag label={status.label} colour={status.colour} reason={measure.reason} />
          </SummaryRow>
          <SummaryRow label="Plan actions">
            <LinkedActions actions={measure.actions} />
          </SummaryRow>
          <SummaryRow label="Indicators">
            <LinkedIndicators indicators={measure.indicators} />
          </SummaryRow>
        </dl>
      </div>
    </section>
  );
}
