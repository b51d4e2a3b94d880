/**
 * Record the minutes and who attended, for people who record the Board's business. The
 * server replaces both together, so every member is sent as present or not.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { createdResponse, minutesRequest } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Checkboxes, Textarea } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { check, inFieldOrder, problemFor, problemsOf } from "../../components/problems.ts";
import { BOARD_KEY } from "./queries.ts";
import type { Meeting } from "./types.ts";

const FIELDS = ["attendance", "minutes"];

export function MinutesForm({ meeting }: { meeting: Meeting }) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);

  const save = useMutation({
    mutationFn: (body: unknown) =>
      api.put(`/api/board/meetings/${meeting.id}/minutes`, body, createdResponse),
    onSuccess: async () => {
      setProblems([]);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: BOARD_KEY });
    },
    onError: (error) => setProblems(inFieldOrder(problemsOf(error), FIELDS)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const present = new Set(form.getAll("attendance").map(String));
    const checked = check(minutesRequest, {
      minutes: String(form.get("minutes") ?? ""),
      attendance: meeting.attendance.map((member) => ({
        memberId: member.memberId,
        present: present.has(String(member.memberId)),
      })),
    });
    if (!checked.ok) {
      setProblems(inFieldOrder(checked.problems, FIELDS));
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate className="app-measure">
      <ErrorSummary problems={problems} />
      {saved ? (
        <NotificationBanner success autoFocus heading="Minutes and attendance saved" />
      ) : null}
      <Checkboxes
        id="attendance"
        legend="Who was present"
        hint="Leave a member unticked if they were absent or sent apologies"
        options={meeting.attendance.map((member) => ({
          value: String(member.memberId),
          label: `${member.name}, ${member.role}`,
        }))}
        defaultChecked={meeting.attendance
          .filter((member) => member.present)
          .map((member) => String(member.memberId))}
        error={problemFor(problems, "attendance")}
      />
      <Textarea
        id="minutes"
        label="Minutes"
        rows={10}
        defaultValue={meeting.minutes}
        maxLength={100_000}
        error={problemFor(problems, "minutes")}
      />
      <button type="submit" className="govuk-button" aria-disabled={save.isPending}>
        Save the minutes
      </button>
    </form>
  );
}
