/**
 * Schedule a body's meetings: one, or a monthly series on the same day of the month
 * (the server moves the 29th to 31st back to the month's last day where it must), each
 * starting with the same agenda. The server refuses a date the body already meets on,
 * naming it.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { scheduledResponse, scheduleRequest } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Select, Textarea, TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import {
  check,
  fieldIdFor,
  inFieldOrder,
  problemFor,
  problemsOf,
} from "../../components/problems.ts";
import { formatDate } from "../../format.ts";
import { readSchedule, scheduleMessage } from "./body-form.ts";
import { BOARD_KEY } from "./queries.ts";

const FIELDS = ["bodyId", "firstDate", "months", "agenda"];
const idOf = (field: string) => `schedule-${fieldIdFor(field)}`;

interface Props {
  bodies: { id: number; name: string }[];
}

export function ScheduleMeetingsForm({ bodies }: Props) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (body: { bodyId: number; firstDate: string; months: number; agenda: string[] }) =>
      api.post("/api/board/meetings", body, scheduledResponse),
    onSuccess: async ({ ids }, body) => {
      const name = bodies.find((b) => b.id === body.bodyId)?.name ?? "the body";
      const count = ids.length === 1 ? "1 meeting" : `${ids.length} monthly meetings`;
      setProblems([]);
      setSaved(`${count} of the ${name} scheduled, the first on ${formatDate(body.firstDate)}`);
      formRef.current?.reset();
      await queryClient.invalidateQueries({ queryKey: BOARD_KEY });
    },
    onError: (error) => setProblems(inFieldOrder(problemsOf(error), FIELDS)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(null);
    const checked = check(scheduleRequest, readSchedule(new FormData(event.currentTarget)));
    if (!checked.ok) {
      setProblems(inFieldOrder(checked.problems.map(scheduleMessage), FIELDS));
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate ref={formRef} className="app-measure">
      <ErrorSummary problems={problems} fieldId={idOf} />
      {saved ? <NotificationBanner success autoFocus heading={saved} /> : null}
      <Select
        id={idOf("bodyId")}
        name="bodyId"
        label="Body"
        options={[
          { value: "", label: "Choose a body" },
          ...bodies.map((body) => ({ value: String(body.id), label: body.name })),
        ]}
        defaultValue=""
        error={problemFor(problems, "bodyId")}
      />
      <TextInput
        id={idOf("firstDate")}
        name="firstDate"
        label="Date of the first meeting"
        type="date"
        className="govuk-input--width-10"
        error={problemFor(problems, "firstDate")}
      />
      <TextInput
        id={idOf("months")}
        name="months"
        label="Number of monthly meetings"
        hint="From 1 to 24. Each falls on the same day of the month as the first, or the month's last day."
        inputMode="numeric"
        className="govuk-input--width-3"
        defaultValue="1"
        maxLength={2}
        autoComplete="off"
        error={problemFor(problems, "months")}
      />
      <Textarea
        id={idOf("agenda")}
        name="agenda"
        label="Agenda (optional)"
        hint="One item per line. Every meeting in the series starts with this agenda."
        rows={5}
        error={problemFor(problems, "agenda")}
      />
      <button type="submit" className="govuk-button" aria-disabled={save.isPending}>
        Schedule the meetings
      </button>
    </form>
  );
}
