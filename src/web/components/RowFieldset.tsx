/**
 * One row of an "add another" list: a fieldset whose legend numbers it ("Owner 2"), with
 * a Remove button that names the row for screen reader users, who hear only the button.
 */
import type { ReactNode } from "react";

interface Props {
  legend: string;
  /** Left out where the row may not be removed (the last of a list that needs one). */
  onRemove?: (() => void) | undefined;
  children: ReactNode;
}

export function RowFieldset({ legend, onRemove, children }: Props) {
  return (
    <fieldset className="govuk-fieldset app-row">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
      {children}
      {onRemove ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={onRemove}
        >
          Remove<span className="govuk-visually-hidden"> {legend.toLowerCase()}</span>
        </button>
      ) : null}
    </fieldset>
  );
}
