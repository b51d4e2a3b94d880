/**
 * The target in force, with its trajectory and who agreed it, and every earlier version;
 * for roles that record targets, the form for a new version.
 */
import type { IndicatorView } from "../../../performance/api.ts";
import { ScrollRegion } from "../../components/ScrollRegion.tsx";
import { formatDate, formatDateTime } from "../../format.ts";
import { useSignedIn } from "../../session.ts";
import { formatTargetValue } from "./labels.ts";
import { SummaryRow } from "./SummaryRow.tsx";
import { TargetForm } from "./TargetForm.tsx";

type Target = NonNullable<IndicatorView["target"]>;
type Definition = IndicatorView["definition"];

function tolerance(target: Target, definition: Definition): string {
  const { kind, amount } = target.tolerance;
  if (kind === "percent") return `${amount}% of the target`;
  if (definition.kind === "percent") return `${amount} ${amount === 1 ? "point" : "points"}`;
  return String(amount);
}

function steps(target: Target, definition: Definition): string {
  return [...target.steps]
    .sort((a, b) => a.from.localeCompare(b.from))
    .map(
      (s) =>
        `${formatTargetValue(s.value, definition.kind, definition.precision)} from ${formatDate(s.from)}`,
    )
    .join("; ");
}

function Current({ target, definition }: { target: Target; definition: Definition }) {
  return (
    <dl className="govuk-summary-list app-measure-wide">
      <SummaryRow label="Trajectory">
        <ul className="govuk-list">
          {[...target.steps]
            .sort((a, b) => a.from.localeCompare(b.from))
            .map((step) => (
              <li key={step.from}>
                {formatTargetValue(step.value, definition.kind, definition.precision)} from{" "}
                {formatDate(step.from)}
              </li>
            ))}
        </ul>
      </SummaryRow>
      <SummaryRow label="Tolerance (amber)">{tolerance(target, definition)}</SummaryRow>
      <SummaryRow label="Target date">{formatDate(target.targetDate)}</SummaryRow>
      <SummaryRow label="Agreed by">{target.agreedBy}</SummaryRow>
      <SummaryRow label="Agreed at">{target.agreedAt}</SummaryRow>
      <SummaryRow label="Agreed on">{formatDate(target.agreedOn)}</SummaryRow>
      {target.changeReason ? (
        <SummaryRow label="Why it changed">{target.changeReason}</SummaryRow>
      ) : null}
      <SummaryRow label="Recorded">
        {formatDateTime(target.recordedAt)}
        {target.recordedBy ? ` by ${target.recordedBy}` : ""}
      </SummaryRow>
    </dl>
  );
}

function History({ history, definition }: { history: Target[]; definition: Definition }) {
  const caption = "Every version of the target, newest first";
  return (
    <ScrollRegion label={caption}>
      <table className="govuk-table app-table--small app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {["Recorded", "Trajectory", "Tolerance", "Target date", "Agreed", "Why it changed"].map(
              (heading) => (
                <th scope="col" className="govuk-table__header" key={heading}>
                  {heading}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {[...history]
            .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt) || b.id - a.id)
            .map((target) => (
              <tr className="govuk-table__row" key={target.id}>
                <td className="govuk-table__cell">
                  {formatDateTime(target.recordedAt)}
                  {target.recordedBy ? ` by ${target.recordedBy}` : ""}
                </td>
                <td className="govuk-table__cell">{steps(target, definition)}</td>
                <td className="govuk-table__cell">{tolerance(target, definition)}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(target.targetDate)}</td>
                <td className="govuk-table__cell">
                  {target.agreedBy}, {target.agreedAt}, on {formatDate(target.agreedOn)}
                </td>
                <td className="govuk-table__cell">{target.changeReason ?? ""}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function TargetSection({ view }: { view: IndicatorView }) {
  const session = useSignedIn();
  const { target, targetHistory, definition } = view;
  return (
    <>
      {target ? (
        <Current target={target} definition={definition} />
      ) : (
        <p className="govuk-body app-measure">
          No target has been agreed for this indicator, so it is not rated red, amber or green.
        </p>
      )}
      {targetHistory.length > 1 ? (
        <History history={targetHistory} definition={definition} />
      ) : target ? (
        <p className="govuk-body">This is the first version of the target.</p>
      ) : null}
      {session.can("targets.write") ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Record a new target</span>
          </summary>
          <div className="govuk-details__text">
            <TargetForm definition={definition} current={target} />
          </div>
        </details>
      ) : null}
    </>
  );
}
