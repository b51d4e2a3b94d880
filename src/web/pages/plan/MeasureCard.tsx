/**
 * One measure of the notice as a GOV.UK summary card: what the notice asks, its combined
 * status with the counts behind it, and the plan actions and indicators it rests on, each
 * with its own rating and reason and a link to the full page, and the evidence attached to
 * the measure itself.
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
import { EvidenceFileForm } from "./EvidenceFileForm.tsx";
import { EvidenceLinkForm } from "./EvidenceLinkForm.tsx";
import { EvidenceTable } from "./EvidenceTable.tsx";
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

function LinkedIndicators({
  indicators,
  linked,
}: {
  indicators: Measure["indicators"];
  linked: number;
}) {
  if (linked === 0) return <>No indicator is linked to this measure.</>;
  // Linked, but no figures for the month yet (no case data imported, or none that month).
  if (indicators.length === 0)
    return (
      <>
        {linked === 1 ? "One indicator is" : `${linked} indicators are`} linked; there are no
        figures for the month yet.
      </>
    );
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

/** Plan managers attach evidence to a measure as well as to its actions. */
function MeasureEvidence({ measure, canAttach }: { measure: Measure; canAttach: boolean }) {
  const path = `/api/notice/measures/${measure.id}`;
  const prefix = `${measure.ref}-`;
  return (
    <>
      {measure.evidence.length > 0 ? (
        <EvidenceTable evidence={measure.evidence} />
      ) : (
        <p className="govuk-body">No evidence is attached to this measure itself.</p>
      )}
      {canAttach ? (
        <details className="govuk-details govuk-!-margin-bottom-0">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Add evidence for measure {measure.ref}
            </span>
          </summary>
          <div className="govuk-details__text">
            <h5 className="govuk-heading-s">Add a link to evidence</h5>
            <EvidenceLinkForm path={path} idPrefix={prefix} />
            <h5 className="govuk-heading-s">Upload an evidence file</h5>
            <EvidenceFileForm path={path} idPrefix={prefix} />
          </div>
        </details>
      ) : null}
    </>
  );
}

export function MeasureCard({ measure, canAttach }: { measure: Measure; canAttach: boolean }) {
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
            <LinkedIndicators
              indicators={measure.indicators}
              linked={measure.indicatorIds.length}
            />
          </SummaryRow>
          <SummaryRow label="Evidence">
            <MeasureEvidence measure={measure} canAttach={canAttach} />
          </SummaryRow>
        </dl>
      </div>
    </section>
  );
}
