/**
 * Mark one Board action done on a date. Sits in the action's table row behind a details
 * toggle; ids carry the table and the action's id because every open row has one.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { createdResponse, doneRequest } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { TextInput } from "../../components/fields.tsx";
import { check, fieldIdFor, problemsOf } from "../../components/problems.ts";
import { BOARD_KEY } from "./queries.ts";
import type { BoardAction } from "./types.ts";

interface Props {
  action: BoardAction;
  today: string;
  /** The table this form sits in: an action can be listed in more than one. */
  idPrefix: string;
}

export function MarkDoneForm({ action, today, idPrefix }: Props) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const idOf = (field: string) => `${idPrefix}-done-${action.id}-${fieldIdFor(field)}`;

  const save = useMutation({
    mutationFn: (body: { doneOn: string }) =>
      api.post(`/api/board/actions/${action.id}/done`, body, createdResponse),
    // The row then shows the action as done, which is the confirmation.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BOARD_KEY }),
    onError: (error) => setProblems(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const form = new FormData(event.currentTarget);
    const checked = check(doneRequest, { doneOn: String(form.get(idOf("doneOn")) ?? "") });
    if (!checked.ok) {
      setProblems([{ field: "doneOn", message: "Enter the date the action was done" }]);
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  const error = problems.find((p) => p.field !== null && fieldIdFor(p.field) === "doneOn");
  return (
    <details
      className="govuk-details govuk-!-margin-bottom-0"
      open={problems.length > 0 || undefined}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Mark done<span className="govuk-visually-hidden">: {action.text}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={submit} noValidate>
          <ErrorSummary problems={problems} fieldId={idOf} />
          <TextInput
            id={idOf("doneOn")}
            label="Done on"
            type="date"
            className="govuk-input--width-10"
            defaultValue={today}
            error={error?.message}
          />
          <button
            type="submit"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            aria-disabled={save.isPending}
          >
            Mark done<span className="govuk-visually-hidden">: {action.text}</span>
          </button>
        </form>
      </div>
    </details>
  );
}
