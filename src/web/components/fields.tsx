/**
 * GOV.UK form fields. Every input has a visible label, its hint and error are tied to it
 * with aria-describedby, and errors are announced with a hidden "Error:" prefix.
 */
import type {
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";

interface FieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Makes the label a page-size heading, for one-question pages. */
  labelClassName?: string;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint: ReactNode;
  error: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
    </>
  );
}

/** Joins class names, leaving out the empty ones. */
function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

function groupClass(error: string | undefined): string {
  return error ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
}

export function TextInput({
  id,
  label,
  hint,
  error,
  labelClassName,
  className,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={groupClass(error)}>
      <label className={classes("govuk-label", labelClassName)} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <input
        className={classes("govuk-input", error && "govuk-input--error", className)}
        id={id}
        name={id}
        type="text"
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </div>
  );
}

export function Textarea({
  id,
  label,
  hint,
  error,
  labelClassName,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className={groupClass(error)}>
      <label className={classes("govuk-label", labelClassName)} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <textarea
        className={classes("govuk-textarea", error && "govuk-textarea--error")}
        id={id}
        name={id}
        rows={4}
        aria-describedby={describedBy(id, hint, error)}
        {...textarea}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select({
  id,
  label,
  hint,
  error,
  labelClassName,
  options,
  ...select
}: FieldProps & { options: Option[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className={groupClass(error)}>
      <label className={classes("govuk-label", labelClassName)} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        className={classes("govuk-select", error && "govuk-select--error")}
        id={id}
        name={id}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A group of checkboxes sharing one name. The first box carries the field's id, so an
 * error summary link for the field lands on it.
 */
export function Checkboxes({
  id,
  legend,
  hint,
  error,
  options,
  defaultChecked = [],
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: Option[];
  defaultChecked?: string[];
}) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {options.map((option, index) => {
            const boxId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={boxId}
                  name={id}
                  type="checkbox"
                  value={option.value}
                  defaultChecked={defaultChecked.includes(option.value)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={boxId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One yes/no checkbox, such as "Restrict this record". */
export function Checkbox({
  id,
  label,
  hint,
  defaultChecked,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  defaultChecked?: boolean;
}) {
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            name={id}
            type="checkbox"
            value="yes"
            defaultChecked={defaultChecked}
            aria-describedby={hint ? `${id}-hint` : undefined}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint ? (
            <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/**
 * GOV.UK radios for one choice. The first radio carries the field's id, so an error
 * summary link for the field lands on it.
 */
export function Radios({
  id,
  legend,
  hint,
  error,
  options,
  defaultValue,
  inline = false,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  options: Option[];
  defaultValue?: string;
  inline?: boolean;
}) {
  return (
    <div className={groupClass(error)}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={classes("govuk-radios", inline && "govuk-radios--inline")}>
          {options.map((option, index) => {
            const radioId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={radioId}
                  name={id}
                  type="radio"
                  value={option.value}
                  defaultChecked={defaultValue === option.value}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={radioId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
