/**
 * One exception: the figure and its rating, every reason it is an exception, and the
 * month's commentary, with a form to add it for roles that write commentary.
 */
import { Link } from "@tanstack/react-router";
import { useId } from "react";
import { endOfMonth } from "../../../calendar/dates.ts";
import type { IndicatorStatusView, IndicatorView } from "../../../performance/api.ts";
import { formatMonth } from "../../format.ts";
import { useSignedIn } from "../../session.ts";
import { CommentaryEntry } from "./CommentaryEntry.tsx";
import { CommentaryForm } from "./CommentaryForm.tsx";
import { formatTargetValue } from "./labels.ts";
import { RagTag } from "./RagTag.tsx";
import { ShownValue } from "./ShownValue.tsx";

interface Props {
  indicator: IndicatorStatusView;
  commentary: IndicatorView["commentary"][number] | null;
  month: string;
}

export function ExceptionCard({ indicator, commentary, month }: Props) {
  const session = useSignedIn();
  const headingId = useId();
  const monthName = formatMonth(month);
  return (
    <section className="app-exception" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        <Link to="/performance/$id" params={{ id: indicator.id }} className="govuk-link">
          {indicator.title}
        </Link>
      </h2>
      <p className="govuk-body">
        <RagTag status={indicator.rag.status} />{" "}
        <span className="app-figure">
          <ShownValue
            value={indicator.value}
            kind={indicator.kind}
            precision={indicator.precision}
          />
        </span>{" "}
        in {monthName}; target{" "}
        {formatTargetValue(indicator.target, indicator.kind, indicator.precision)}
      </p>
      <h3 className="govuk-heading-s">Why it is an exception</h3>
      <ul className="govuk-list govuk-list--bullet app-measure">
        {indicator.exceptionReasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <h3 className="govuk-heading-s">Commentary for {monthName}</h3>
      {commentary ? (
        <CommentaryEntry entry={commentary} />
      ) : (
        <p className="govuk-body">No commentary yet.</p>
      )}
      {session.can("commentary.write") ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {commentary ? "Add newer commentary" : "Add commentary"}
              <span className="govuk-visually-hidden"> on {indicator.title}</span>
            </span>
          </summary>
          <div className="govuk-details__text">
            <CommentaryForm
              indicatorId={indicator.id}
              title={indicator.title}
              periodEnd={endOfMonth(month)}
            />
          </div>
        </details>
      ) : null}
    </section>
  );
}
