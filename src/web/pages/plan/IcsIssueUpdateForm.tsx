/**
 * Update one ICS issue: its impact, the action taken and whether it is open or closed.
 * The form starts from what the log says now; the server audits what it said before, so
 * the issue's history is kept in the audit trail.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import type { z } from "zod";
import {
  icsIssueCreatedResponse,
  icsIssueUpdateRequest,
  type planResponse,
} from "../../../plan/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Radios, Textarea } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import {
  check,
  fieldIdFor,
  inFieldOrder,
  problemFor,
  problemsOf,
} from "../../components/problems.ts";
import { ICS_STATUS_LABELS } from "./labels.ts";
import { PLAN_KEY } from "./queries.ts";

type Issue = z.infer<typeof planResponse>["icsIssues"][number];

const FIELDS = ["impact", "actionTaken", "status"];
const STATUS_OPTIONS = ["open", "closed"].map((value) => ({
  value,
  label: ICS_STATUS_LABELS[value] ?? value,
}));

/** A label that names its issue for screen readers, since every issue has the same form. */
function Named({ text, of }: { text: string; of: string }) {
  return (
    <>
      {text}
      <span className="govuk-visually-hidden"> of {of}</span>
    </>
  );
}

export function IcsIssueUpdateForm({ issue }: { issue: Issue }) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const idOf = (field: string) => `ics-${issue.id}-${fieldIdFor(field)}`;

  const save = useMutation({
    mutationFn: (body: unknown) =>
      api.put(`/api/plan/ics-issues/${issue.id}`, body, icsIssueCreatedResponse),
    onSuccess: async () => {
      setProblems([]);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: PLAN_KEY });
    },
    onError: (error) => setProblems(inFieldOrder(problemsOf(error), FIELDS)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const value = (field: string) => String(form.get(idOf(field)) ?? "");
    const checked = check(icsIssueUpdateRequest, {
      impact: value("impact"),
      actionTaken: value("actionTaken"),
      status: value("status"),
    });
    if (!checked.ok) {
      setProblems(
        inFieldOrder(
          checked.problems.map((p) => ({
            field: p.field,
            message:
              p.field === "status" ? "Choose whether the issue is open or closed" : p.message,
          })),
          FIELDS,
        ),
      );
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate className="app-measure">
      <ErrorSummary problems={problems} fieldId={idOf} />
      {saved ? (
        <NotificationBanner success autoFocus heading={`Issue ${issue.ref} updated`} />
      ) : null}
      <Textarea
        id={idOf("impact")}
        label={<Named text="Impact" of={issue.ref} />}
        rows={3}
        maxLength={2000}
        defaultValue={issue.impact}
        error={problemFor(problems, "impact")}
      />
      <Textarea
        id={idOf("actionTaken")}
        label={<Named text="Action taken" of={issue.ref} />}
        hint="What has been done about it, and what comes next"
        rows={3}
        maxLength={2000}
        defaultValue={issue.actionTaken}
        error={problemFor(problems, "actionTaken")}
      />
      <Radios
        id={idOf("status")}
        legend={<Named text="Status" of={issue.ref} />}
        options={STATUS_OPTIONS}
        defaultValue={issue.status}
        inline
        error={problemFor(problems, "status")}
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        aria-disabled={save.isPending}
      >
        Update {issue.ref}
      </button>
    </form>
  );
}
