/** Record a decision the meeting took, in the words of the minutes. */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { createdResponse, decisionRequest } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Textarea } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { check, fieldIdFor, problemsOf } from "../../components/problems.ts";
import { BOARD_KEY } from "./queries.ts";

const idOf = (field: string) => `decision-${fieldIdFor(field)}`;

export function DecisionForm({ meetingId }: { meetingId: number }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);

  const save = useMutation({
    mutationFn: (body: { text: string }) =>
      api.post(`/api/board/meetings/${meetingId}/decisions`, body, createdResponse),
    onSuccess: async () => {
      setProblems([]);
      setSaved(true);
      formRef.current?.reset();
      await queryClient.invalidateQueries({ queryKey: BOARD_KEY });
    },
    onError: (error) => setProblems(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const checked = check(decisionRequest, { text: String(form.get(idOf("text")) ?? "") });
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  const error = problems.find((p) => p.field !== null && fieldIdFor(p.field) === "text")?.message;
  return (
    <form onSubmit={submit} noValidate ref={formRef} className="app-measure">
      <ErrorSummary problems={problems} fieldId={idOf} />
      {saved ? <NotificationBanner success autoFocus heading="Decision recorded" /> : null}
      <Textarea
        id={idOf("text")}
        label="Decision"
        hint="As the minutes will record it, for example: The Board approved version 2 of the plan."
        maxLength={5000}
        error={error}
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        aria-disabled={save.isPending}
      >
        Record the decision
      </button>
    </form>
  );
}
