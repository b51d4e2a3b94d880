/**
 * GOV.UK error summary. It takes focus whenever a new set of problems arrives, so keyboard
 * and screen reader users land on it after a failed submit, and each problem links to
 * the input it is about.
 */
import { type MouseEvent, useEffect, useRef } from "react";
import type { Problem } from "../api-client.ts";
import { setTitleError } from "../title.ts";
import { fieldIdFor } from "./problems.ts";

interface Props {
  problems: Problem[];
  /** Maps a server field name to the id of its input on this page, when they differ. */
  fieldId?: (field: string) => string;
}

export function ErrorSummary({ problems, fieldId = fieldIdFor }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  // Runs for each new set of problems, so a second failed submit takes focus again.
  useEffect(() => {
    if (problems.length === 0) return;
    ref.current?.focus();
    setTitleError(true);
    return () => setTitleError(false);
  }, [problems]);

  if (problems.length === 0) return null;

  // A plain #fragment link would be treated as navigation; move focus to the input instead,
  // scrolling its label into view as the GOV.UK component does.
  const jumpTo = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const input = document.getElementById(id);
    if (!input) return;
    event.preventDefault();
    const label =
      document.querySelector(`label[for="${CSS.escape(id)}"]`) ??
      input.closest("fieldset")?.querySelector("legend");
    (label ?? input).scrollIntoView();
    input.focus({ preventScroll: true });
  };

  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problems.map((problem, index) => {
              const id = problem.field ? fieldId(problem.field) : null;
              return (
                // Problems have no identity of their own; their order is stable for one submit.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={index}>
                  {id ? (
                    <a href={`#${id}`} onClick={(event) => jumpTo(event, id)}>
                      {problem.message}
                    </a>
                  ) : (
                    problem.message
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </div>
  );
}
