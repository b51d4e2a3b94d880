/**
 * Filters for the audit log. Submitting puts them in the address (and starts again from
 * the newest entry), so a filtered view can be bookmarked or shared with a colleague.
 */
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { auditQuery } from "../../../platform/audit/api.ts";
import { AUDIT_ACTIONS } from "../../../platform/audit/events.ts";
import type { Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Select, TextInput } from "../../components/fields.tsx";
import { check, fieldIdFor, problemFor } from "../../components/problems.ts";
import type { AuditSearch } from "./audit-search.ts";

const ACTION_OPTIONS = [
  { value: "", label: "Any action" },
  ...Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label })),
];

// The shared schema's messages are written for developers; these are for people.
const MESSAGES: Record<string, string> = {
  userId: "User ID must be a whole number, like 12",
  childId: "Child record number must be a whole number, like 345",
  from: "Enter a real date for From date",
  to: "Enter a real date for To date",
  action: "Choose an action from the list",
};

export function AuditFilters({ search }: { search: AuditSearch }) {
  const navigate = useNavigate();
  const [problems, setProblems] = useState<Problem[]>([]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const entered: Record<string, string> = {};
    for (const field of ["userId", "childId", "action", "from", "to"]) {
      const value = String(form.get(field) ?? "").trim();
      if (value) entered[field] = value;
    }
    const checked = check(auditQuery, entered);
    if (!checked.ok) {
      return setProblems(
        checked.problems.map((problem) => ({
          field: problem.field,
          message: (problem.field && MESSAGES[fieldIdFor(problem.field)]) || problem.message,
        })),
      );
    }
    setProblems([]);
    const { userId, childId, action, from, to } = checked.data;
    void navigate({ to: "/audit", search: { userId, childId, action, from, to } });
  };

  // Remount the inputs when the address changes, so they show the filters in use.
  const key = JSON.stringify(search);
  return (
    <form onSubmit={submit} noValidate aria-label="Filter the audit log" key={key}>
      <ErrorSummary problems={problems} />
      <div className="app-filters">
        <TextInput
          id="userId"
          label="User ID"
          inputMode="numeric"
          className="govuk-input--width-5"
          defaultValue={search.userId ?? ""}
          error={problemFor(problems, "userId")}
        />
        <TextInput
          id="childId"
          label="Child record number"
          inputMode="numeric"
          className="govuk-input--width-5"
          defaultValue={search.childId ?? ""}
          error={problemFor(problems, "childId")}
        />
        <Select
          id="action"
          label="Action"
          options={ACTION_OPTIONS}
          defaultValue={search.action ?? ""}
        />
        <TextInput
          id="from"
          label="From date"
          type="date"
          className="govuk-input--width-10"
          defaultValue={search.from ?? ""}
          error={problemFor(problems, "from")}
        />
        <TextInput
          id="to"
          label="To date"
          type="date"
          className="govuk-input--width-10"
          defaultValue={search.to ?? ""}
          error={problemFor(problems, "to")}
        />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Apply filters
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            setProblems([]);
            void navigate({ to: "/audit", search: {} });
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
