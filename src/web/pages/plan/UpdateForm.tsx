/**
 * Add a dated progress update to an action. It is added to the history, never written
 * over an earlier one. Checked against the shared schema first, then by the server, which
 * also checks that the user owns the action (or manages the plan) and that "complete"
 * and 100% go together; every problem is listed in the error summary and by its field.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { createdResponse, updateRequest } from "../../../plan/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Radios, Textarea, TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import {
  check,
  fieldIdFor,
  inFieldOrder,
  problemFor,
  problemsOf,
} from "../../components/problems.ts";
import { formatDate } from "../../format.ts";
import { ACTION_STATUS_LABELS } from "./labels.ts";
import { PLAN_KEY } from "./queries.ts";

const FIELDS = ["onDate", "status", "percentComplete", "text"];

// The shared schema's messages are written for developers; these are for people.
const MESSAGES: Record<string, string> = {
  onDate: "Enter the date of the update",
  status: "Choose the action's status",
  percentComplete: "Enter how complete the action is, as a whole number from 0 to 100",
};

const STATUS_OPTIONS = ["not_started", "in_progress", "complete", "blocked"].map((value) => ({
  value,
  label: ACTION_STATUS_LABELS[value] ?? value,
}));

interface Props {
  actionId: number;
  asAt: string;
  current: { status: string; percentComplete: number };
}

export function UpdateForm({ actionId, asAt, current }: Props) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: unknown) =>
      api.post(`/api/plan/actions/${actionId}/updates`, body, createdResponse),
    onSuccess: async (_answer, body) => {
      setProblems([]);
      setSaved((body as { onDate: string }).onDate);
      formRef.current?.reset();
      await queryClient.invalidateQueries({ queryKey: PLAN_KEY });
    },
    onError: (error) => setProblems(inFieldOrder(problemsOf(error), FIELDS)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(null);
    const form = new FormData(event.currentTarget);
    const percent = String(form.get("percentComplete") ?? "")
      .trim()
      .replace(/%$/, "");
    const checked = check(updateRequest, {
      onDate: String(form.get("onDate") ?? ""),
      status: form.get("status") ?? "",
      percentComplete: /^\d+$/.test(percent) ? Number(percent) : Number.NaN,
      text: String(form.get("text") ?? ""),
    });
    if (!checked.ok) {
      setProblems(
        inFieldOrder(
          checked.problems.map((problem) => ({
            field: problem.field,
            message: (problem.field && MESSAGES[fieldIdFor(problem.field)]) || problem.message,
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
    <form onSubmit={submit} noValidate ref={formRef} className="app-measure">
      <ErrorSummary problems={problems} />
      {saved ? (
        <NotificationBanner success autoFocus heading="Progress update added">
          <p className="govuk-body">
            The update for {formatDate(saved)} is now at the top of the history above.
          </p>
        </NotificationBanner>
      ) : null}
      <TextInput
        id="onDate"
        label="Date of the update"
        hint="The date the progress was true on"
        type="date"
        className="govuk-input--width-10"
        defaultValue={asAt}
        error={problemFor(problems, "onDate")}
      />
      <Radios
        id="status"
        legend="Status"
        options={STATUS_OPTIONS}
        defaultValue={current.status}
        error={problemFor(problems, "status")}
      />
      <TextInput
        id="percentComplete"
        label="How complete is the action, in per cent?"
        hint="A whole number from 0 to 100. Complete means 100."
        inputMode="numeric"
        className="govuk-input--width-3"
        defaultValue={String(current.percentComplete)}
        autoComplete="off"
        maxLength={3}
        error={problemFor(problems, "percentComplete")}
      />
      <Textarea
        id="text"
        label="What has happened"
        hint="What was done since the last update, and what comes next"
        maxLength={5000}
        error={problemFor(problems, "text")}
      />
      <button type="submit" className="govuk-button" aria-disabled={save.isPending}>
        Add the update
      </button>
    </form>
  );
}
