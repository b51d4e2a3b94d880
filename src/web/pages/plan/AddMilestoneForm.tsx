/**
 * Add a milestone to an action, for plan managers. Added to the action's milestones,
 * which rate the action amber when one is late.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { createdResponse, newMilestoneRequest } from "../../../plan/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { check, inFieldOrder, problemFor, problemsOf } from "../../components/problems.ts";
import { PLAN_KEY } from "./queries.ts";

const FIELDS = ["title", "dueDate"];
const idOf = (field: string) => `new-milestone-${field.split(".")[0]}`;
const MESSAGES: Record<string, string> = {
  title: "Name the milestone in at least 3 characters",
  dueDate: "Enter the date the milestone is due",
};

export function AddMilestoneForm({ actionId }: { actionId: number }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: { title: string; dueDate: string }) =>
      api.post(`/api/plan/actions/${actionId}/milestones`, body, createdResponse),
    onSuccess: async (_answer, body) => {
      setProblems([]);
      setSaved(body.title);
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
    const checked = check(newMilestoneRequest, {
      title: String(form.get(idOf("title")) ?? ""),
      dueDate: String(form.get(idOf("dueDate")) ?? ""),
    });
    if (!checked.ok) {
      setProblems(
        inFieldOrder(
          checked.problems.map((p) => ({
            field: p.field,
            message: (p.field && MESSAGES[p.field]) || p.message,
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
      <ErrorSummary problems={problems} fieldId={idOf} />
      {saved ? (
        <NotificationBanner success autoFocus heading={`Milestone added: ${saved}`}>
          <p className="govuk-body">It is in the milestones table above.</p>
        </NotificationBanner>
      ) : null}
      <TextInput
        id={idOf("title")}
        label="Milestone"
        hint="A step on the way, for example Audit of 20 assessments"
        maxLength={300}
        autoComplete="off"
        error={problemFor(problems, "title")}
      />
      <TextInput
        id={idOf("dueDate")}
        label="Due"
        type="date"
        className="govuk-input--width-10"
        error={problemFor(problems, "dueDate")}
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        aria-disabled={save.isPending}
      >
        Add the milestone
      </button>
    </form>
  );
}
