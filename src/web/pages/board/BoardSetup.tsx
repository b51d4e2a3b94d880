/**
 * Setting up the Board's business, for people who record it: a new governance body with
 * its members, and a body's meetings. Each form sits behind a details toggle so the page
 * still reads as the record of the bodies first.
 */
import type { ReactNode } from "react";
import { AddBodyForm } from "./AddBodyForm.tsx";
import { ScheduleMeetingsForm } from "./ScheduleMeetingsForm.tsx";

function Disclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

export function BoardSetup({ bodies }: { bodies: { id: number; name: string }[] }) {
  return (
    <section aria-labelledby="setup-heading">
      <h2 className="govuk-heading-m" id="setup-heading">
        Add a body or schedule meetings
      </h2>
      <Disclosure summary="Add a body">
        <AddBodyForm />
      </Disclosure>
      {bodies.length > 0 ? (
        <Disclosure summary="Schedule meetings">
          <ScheduleMeetingsForm bodies={bodies} />
        </Disclosure>
      ) : (
        <p className="govuk-body">Add a body first; its meetings can then be scheduled here.</p>
      )}
    </section>
  );
}
