/**
 * Record an action the meeting set: what is to be done, by whom, by when. The server
 * refuses a due date before the meeting, and says so against the date.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { boardActionRequest, createdResponse } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Textarea, TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import {
  check,
  fieldIdFor,
  inFieldOrder,
  inFormWords,
  problemsOf,
} from "../../components/problems.ts";
import { BOARD_KEY } from "./queries.ts";

const FIELDS = ["text", "owner", "dueDate"];
const MESSAGES: Record<string, string> = { dueDate: "Enter the date the action is due" };
const idOf = (field: string) => `action-${fieldIdFor(field)}`;

export function BoardActionForm({
  meetingId,
  meetingDate,
}: {
  meetingId: number;
  meetingDate: string;
}) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const errorFor = (field: string) =>
    problems.find((p) => p.field !== null && fieldIdFor(p.field) === field)?.message;

  const save = useMutation({
    mutationFn: (body: unknown) =>
      api.post(`/api/board/meetings/${meetingId}/actions`, body, createdResponse),
    onSuccess: async () => {
      setProblems([]);
      setSaved(true);
      formRef.current?.reset();
      await queryClient.invalidateQueries({ queryKey: BOARD_KEY });
    },
    onError: (error) => setProblems(inFieldOrder(problemsOf(error), FIELDS)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const value = (field: string) => String(form.get(idOf(field)) ?? "");
    const checked = check(boardActionRequest, {
      text: value("text"),
      owner: value("owner"),
      dueDate: value("dueDate"),
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
      {saved ? <NotificationBanner success autoFocus heading="Action recorded" /> : null}
      <Textarea
        id={idOf("text")}
        label="What is to be done"
        rows={3}
        maxLength={2000}
        error={errorFor("text")}
      />
      <TextInput
        id={idOf("owner")}
        label="Owner"
        hint="The person or post answerable for it, for example Head of Performance"
        maxLength={200}
        autoComplete="off"
        error={errorFor("owner")}
      />
      <TextInput
        id={idOf("dueDate")}
        label="Due"
        hint="On or after the meeting"
        type="date"
        min={meetingDate}
        className="govuk-input--width-10"
        error={errorFor("dueDate")}
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        aria-disabled={save.isPending}
      >
        Record the action
      </button>
    </form>
  );
}
