/**
 * Mark a reporting-calendar item delivered, with the date and an optional note (where the
 * report went, what the meeting covered). Behind a details toggle in the item's row.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { createdResponse, deliveredRequest } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Textarea, TextInput } from "../../components/fields.tsx";
import {
  check,
  fieldIdFor,
  inFieldOrder,
  inFormWords,
  problemsOf,
} from "../../components/problems.ts";
import { BOARD_KEY } from "./queries.ts";
import type { CalendarItem } from "./types.ts";

const FIELDS = ["deliveredOn", "note"];
const MESSAGES: Record<string, string> = {
  deliveredOn: "Enter the date it was delivered",
  note: "Keep the note to 2,000 characters",
};

export function MarkDeliveredForm({ item, today }: { item: CalendarItem; today: string }) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const idOf = (field: string) => `delivered-${item.id}-${fieldIdFor(field)}`;
  const errorFor = (field: string) =>
    problems.find((p) => p.field !== null && fieldIdFor(p.field) === field)?.message;

  const save = useMutation({
    mutationFn: (body: unknown) =>
      api.post(`/api/board/calendar/${item.id}/delivered`, body, createdResponse),
    // The row then shows the item as delivered, which is the confirmation.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: BOARD_KEY }),
    onError: (error) => setProblems(inFieldOrder(problemsOf(error), FIELDS)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const form = new FormData(event.currentTarget);
    const note = String(form.get(idOf("note")) ?? "").trim();
    const checked = check(deliveredRequest, {
      deliveredOn: String(form.get(idOf("deliveredOn")) ?? ""),
      note: note === "" ? null : note,
    });
    if (!checked.ok) {
      setProblems(inFormWords(checked.problems, MESSAGES, FIELDS));
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  return (
    <details
      className="govuk-details govuk-!-margin-bottom-0"
      open={problems.length > 0 || undefined}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Mark delivered<span className="govuk-visually-hidden">: {item.title}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <form onSubmit={submit} noValidate>
          <ErrorSummary problems={problems} fieldId={idOf} />
          <TextInput
            id={idOf("deliveredOn")}
            label="Delivered on"
            type="date"
            className="govuk-input--width-10"
            defaultValue={today}
            error={errorFor("deliveredOn")}
          />
          <Textarea
            id={idOf("note")}
            label="Note (optional)"
            rows={2}
            maxLength={2000}
            error={errorFor("note")}
          />
          <button
            type="submit"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            aria-disabled={save.isPending}
          >
            Mark delivered<span className="govuk-visually-hidden">: {item.title}</span>
          </button>
        </form>
      </div>
    </details>
  );
}
