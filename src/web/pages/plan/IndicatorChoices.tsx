/**
 * The indicators a measure rests on, chosen from the scorecard's definitions (shared with
 * the server, so the ids always exist). Behind a details toggle because there are nearly
 * thirty; the summary says how many are chosen, so a closed list still shows its state.
 * Opens itself when the server has a problem with the choice.
 */
import { useState } from "react";
import { INDICATORS } from "../../../performance/indicators/definitions.ts";
import { GROUP_LABELS } from "../performance/labels.ts";

const GROUPS = [...new Set(INDICATORS.map((d) => d.group))].map((group) => ({
  group,
  label: GROUP_LABELS[group] ?? group.charAt(0).toUpperCase() + group.slice(1).replace(/_/g, " "),
  indicators: INDICATORS.filter((d) => d.group === group),
}));

interface Props {
  /** The form name of the choice, such as measures.0.indicatorIds. */
  name: string;
  /** The measure's number on the page, for the summary and legend. */
  measure: number;
  error?: string | undefined;
}

export function IndicatorChoices({ name, measure, error }: Props) {
  const [chosen, setChosen] = useState(0);
  const id = name.replaceAll(".", "-");
  return (
    <details className="govuk-details" open={error ? true : undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Indicators to link to measure {measure} ({chosen} chosen)
        </span>
      </summary>
      <div
        className={`govuk-details__text govuk-form-group${error ? " govuk-form-group--error" : ""}`}
        onChange={(event) =>
          setChosen(event.currentTarget.querySelectorAll("input:checked").length)
        }
      >
        <div id={`${id}-hint`} className="govuk-hint">
          The figures that show whether the measure is being met; their ratings count towards the
          measure's status. Optional.
        </div>
        {error ? (
          <p id={`${id}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        {/* A fieldset per group of the scorecard, side by side rather than nested. */}
        {GROUPS.map((group, g) => (
          <fieldset
            className="govuk-fieldset govuk-!-margin-bottom-4"
            key={group.group}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          >
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
              {group.label}
              <span className="govuk-visually-hidden"> indicators for measure {measure}</span>
            </legend>
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {group.indicators.map((indicator, i) => {
                // The very first box carries the field's id, for the error summary's link.
                const boxId = g === 0 && i === 0 ? id : `${id}-${indicator.id}`;
                return (
                  <div className="govuk-checkboxes__item" key={indicator.id}>
                    <input
                      className="govuk-checkboxes__input"
                      id={boxId}
                      name={name}
                      type="checkbox"
                      value={indicator.id}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={boxId}>
                      {indicator.title}
                    </label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
      </div>
    </details>
  );
}
