/**
 * An "add another" list in a form: its heading, hint and any problem with the list as a
 * whole ("Name each owner once"), its rows, and the button that adds one more. The
 * heading is a real heading (not a legend) because each row is a fieldset of its own and
 * GOV.UK advises against nesting fieldsets.
 */
import type { ReactNode } from "react";

interface Props {
  /** The list's field name; the add button's id is `${id}-add`. */
  id: string;
  title: string;
  level?: 2 | 3 | 4;
  hint?: ReactNode;
  error?: string | undefined;
  addLabel: string;
  onAdd: () => void;
  children: ReactNode;
}

export function RowList({ id, title, level = 2, hint, error, addLabel, onAdd, children }: Props) {
  const Heading = `h${level}` as const;
  return (
    <div className={`govuk-form-group app-rows${error ? " govuk-form-group--error" : ""}`}>
      <Heading className={level === 2 ? "govuk-heading-m" : "govuk-heading-s"} id={`${id}-heading`}>
        {title}
      </Heading>
      {hint ? <div className="govuk-hint">{hint}</div> : null}
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {children}
      <button
        type="button"
        id={`${id}-add`}
        className="govuk-button govuk-button--secondary"
        onClick={onAdd}
      >
        {addLabel}
      </button>
    </div>
  );
}
