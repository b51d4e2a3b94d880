/**
 * The chair's commentary on one measure for the quarterly report. It starts from the
 * current commentary so a revision is quick; saving adds a new entry, which the report
 * then uses, and the earlier one is kept as history. Ids carry the measure's id because
 * the page has a form per measure.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { commentaryRequest, createdResponse } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Textarea } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { check, problemsOf } from "../../components/problems.ts";
import { BOARD_KEY } from "./queries.ts";
import type { ReportMeasure } from "./report-labels.ts";

interface Props {
  reportId: number;
  measure: Pick<ReportMeasure, "id" | "ref" | "commentary">;
}

export function ReportCommentaryForm({ reportId, measure }: Props) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const id = `commentary-${measure.id}`;

  const save = useMutation({
    mutationFn: (body: { measureId: number; text: string }) =>
      api.post(`/api/board/reports/${reportId}/commentary`, body, createdResponse),
    onSuccess: async () => {
      setProblems([]);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: BOARD_KEY });
    },
    // Every problem is about the text: the measure comes from the page, not the user.
    onError: (error) => setProblems(problemsOf(error).map((p) => ({ ...p, field: "text" }))),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const checked = check(commentaryRequest, {
      measureId: measure.id,
      text: String(form.get(id) ?? ""),
    });
    if (!checked.ok) {
      setProblems([
        {
          field: "text",
          message: `Write the commentary on ${measure.ref}, in at least 5 characters`,
        },
      ]);
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary problems={problems} fieldId={() => id} />
      {saved ? (
        <NotificationBanner success autoFocus heading={`Commentary on ${measure.ref} saved`}>
          <p className="govuk-body">The report now uses it; the earlier commentary is kept.</p>
        </NotificationBanner>
      ) : null}
      <Textarea
        id={id}
        label={`Commentary on ${measure.ref} for the minister`}
        hint="What has changed since the last report and why, against what the notice asks. Saving adds a new entry; earlier entries are kept."
        rows={5}
        maxLength={10_000}
        defaultValue={measure.commentary?.text ?? ""}
        error={problems[0]?.message}
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        aria-disabled={save.isPending}
      >
        Save the commentary<span className="govuk-visually-hidden"> on {measure.ref}</span>
      </button>
    </form>
  );
}
