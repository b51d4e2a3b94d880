/**
 * The notice measures an action answers, as checkboxes under the notice's headings (a
 * fieldset per heading, side by side rather than nested). The first box carries the
 * field's id, so the error summary's link lands on it.
 */
import type { z } from "zod";
import type { noticeResponse } from "../../../plan/api.ts";
import { MEASURE_GROUP_LABELS, MEASURE_GROUPS } from "./labels.ts";

type Measure = Pick<
  z.infer<typeof noticeResponse>["measures"][number],
  "id" | "ref" | "group" | "text"
>;

export function MeasureChoices({
  measures,
  error,
}: {
  measures: Measure[];
  error?: string | undefined;
}) {
  const groups = [
    ...MEASURE_GROUPS,
    ...new Set(measures.map((m) => m.group).filter((g) => !MEASURE_GROUPS.includes(g as never))),
  ]
    .map((group) => ({ group, measures: measures.filter((m) => m.group === group) }))
    .filter((g) => g.measures.length > 0);
  const first = measures[0]?.id;
  const describedBy = error ? "measureIds-hint measureIds-error" : "measureIds-hint";
  return (
    <div className={`govuk-form-group app-rows${error ? " govuk-form-group--error" : ""}`}>
      <h2 className="govuk-heading-m" id="measureIds-heading">
        Notice measures
      </h2>
      <div id="measureIds-hint" className="govuk-hint">
        The measures in the Improvement Notice this action answers. Choose at least one.
      </div>
      {error ? (
        <p id="measureIds-error" className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {groups.map(({ group, measures: inGroup }) => (
        <fieldset className="govuk-fieldset" key={group} aria-describedby={describedBy}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {MEASURE_GROUP_LABELS[group] ?? group}
          </legend>
          <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
            {inGroup.map((measure) => {
              const id = measure.id === first ? "measureIds" : `measureIds-${measure.id}`;
              return (
                <div className="govuk-checkboxes__item" key={measure.id}>
                  <input
                    className="govuk-checkboxes__input"
                    id={id}
                    name="measureIds"
                    type="checkbox"
                    value={String(measure.id)}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                    <strong>{measure.ref}</strong> {measure.text}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
