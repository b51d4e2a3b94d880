/**
 * Raise an issue in the ICS implementation log: when it arose, what it is, what it
 * affects and anything already done. The server numbers it (ICS issue refs run in turn)
 * and audits it; the new issue joins the log above.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { icsIssueCreatedResponse, icsIssueRequest } from "../../../plan/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Textarea, TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import {
  check,
  fieldIdFor,
  inFieldOrder,
  inFormWords,
  problemFor,
  problemsOf,
} from "../../components/problems.ts";
import { PLAN_KEY } from "./queries.ts";

const FIELDS = ["raisedOn", "issue", "impact", "actionTaken"];
const idOf = (field: string) => `ics-new-${fieldIdFor(field)}`;
const MESSAGES: Record<string, string> = { raisedOn: "Enter the date the issue was raised" };

export function RaiseIcsIssueForm({ asAt }: { asAt: string }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [raised, setRaised] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: unknown) => api.post("/api/plan/ics-issues", body, icsIssueCreatedResponse),
    onSuccess: async ({ ref }) => {
      setProblems([]);
      setRaised(ref);
      formRef.current?.reset();
      await queryClient.invalidateQueries({ queryKey: PLAN_KEY });
    },
    onError: (error) => setProblems(inFieldOrder(problemsOf(error), FIELDS)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setRaised(null);
    const form = new FormData(event.currentTarget);
    const value = (field: string) => String(form.get(idOf(field)) ?? "");
    const checked = check(icsIssueRequest, {
      raisedOn: value("raisedOn"),
      issue: value("issue"),
      impact: value("impact"),
      actionTaken: value("actionTaken"),
    });
    if (!checked.ok) {
      setProblems(inFormWords(checked.problems, MESSAGES, FIELDS));
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate ref={formRef} className="app-measure">
      <ErrorSummary problems={problems} fieldId={idOf} />
      {raised ? (
        <NotificationBanner success autoFocus heading={`Issue ${raised} raised`}>
          <p className="govuk-body">It is in the ICS issue log above.</p>
        </NotificationBanner>
      ) : null}
      <TextInput
        id={idOf("raisedOn")}
        label="Raised on"
        type="date"
        className="govuk-input--width-10"
        defaultValue={asAt}
        error={problemFor(problems, "raisedOn")}
      />
      <Textarea
        id={idOf("issue")}
        label="Issue"
        hint="What has gone wrong or is at risk"
        rows={3}
        maxLength={2000}
        error={problemFor(problems, "issue")}
      />
      <Textarea
        id={idOf("impact")}
        label="Impact"
        hint="What it affects: practice, recording, the figures, the timetable"
        rows={3}
        maxLength={2000}
        error={problemFor(problems, "impact")}
      />
      <Textarea
        id={idOf("actionTaken")}
        label="Action taken (optional)"
        hint="What has been done about it so far"
        rows={3}
        maxLength={2000}
        error={problemFor(problems, "actionTaken")}
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        aria-disabled={save.isPending}
      >
        Raise the issue
      </button>
    </form>
  );
}
