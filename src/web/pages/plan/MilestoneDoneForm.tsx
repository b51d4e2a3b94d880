/**
 * Mark one milestone done on a date, for people who may update the action. Sits in the
 * milestone's row behind a details toggle, as the Board's "Mark done" does; the row then
 * shows the date, which is the confirmation. The server refuses a milestone already done.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { createdResponse, milestoneDoneRequest } from "../../../plan/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { TextInput } from "../../components/fields.tsx";
import { check, problemsOf } from "../../components/problems.ts";
import { PLAN_KEY } from "./queries.ts";

interface Props {
  milestone: { id: number; title: string };
  /** The plan's reporting date, offered as the date done. */
  asAt: string;
}

export function MilestoneDoneForm({ milestone, asAt }: Props) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const id = `milestone-${milestone.id}-doneOn`;

  const save = useMutation({
    mutationFn: (body: { doneOn: string }) =>
      api.post(`/api/plan/milestones/${milestone.id}/done`, body, createdResponse),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PLAN_KEY }),
    onError: (error) => setProblems(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const form = new FormData(event.currentTarget);
    const checked = check(milestoneDoneRequest, { doneOn: String(form.get(id) ?? "") });
    if (!checked.ok) {
      setProblems([{ field: "doneOn", message: "Enter the date the milestone was done" }]);
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  const error = problems.find((p) => p.field === "doneOn")?.message;
  return (
    <details
      className="govuk-details govuk-!-margin-bottom-0"
      open={problems.length > 0 || undefined}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Mark done<span className="govuk-visually-hidden">: {milestone.title}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={submit} noValidate>
          <ErrorSummary problems={problems} fieldId={() => id} />
          <TextInput
            id={id}
            label="Done on"
            type="date"
            className="govuk-input--width-10"
            defaultValue={asAt}
            error={error}
          />
          <button
            type="submit"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            aria-disabled={save.isPending}
          >
            Mark done<span className="govuk-visually-hidden">: {milestone.title}</span>
          </button>
        </form>
      </div>
    </details>
  );
}
