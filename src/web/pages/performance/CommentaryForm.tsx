/**
 * Commentary on one exception for one month: who owns it, what is happening and what is
 * being done. Checked against the shared schema before sending, then by the server; each
 * problem is listed in an error summary and shown by its field. Field ids carry the
 * indicator id, since the exceptions page holds one form per exception.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { commentaryRequest, createdResponse } from "../../../performance/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Textarea, TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { check, fieldIdFor, inFieldOrder, problemsOf } from "../../components/problems.ts";
import { formatMonth } from "../../format.ts";
import { PERFORMANCE_KEY } from "./queries.ts";

const FIELDS = ["owner", "narrative", "correctiveAction"];

interface Props {
  indicatorId: string;
  title: string;
  periodEnd: string;
}

export function CommentaryForm({ indicatorId, title, periodEnd }: Props) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const idOf = (field: string) => `${indicatorId}-${fieldIdFor(field)}`;
  const errorFor = (field: string) =>
    problems.find((p) => p.field !== null && fieldIdFor(p.field) === field)?.message;

  const save = useMutation({
    mutationFn: (body: unknown) =>
      api.post(`/api/performance/indicators/${indicatorId}/commentary`, body, createdResponse),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: PERFORMANCE_KEY });
    },
    onError: (error) => setProblems(inFieldOrder(problemsOf(error), FIELDS)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const value = (field: string) => String(form.get(idOf(field)) ?? "");
    const checked = check(commentaryRequest, {
      periodEnd,
      owner: value("owner"),
      narrative: value("narrative"),
      correctiveAction: value("correctiveAction"),
    });
    if (!checked.ok) {
      setProblems(inFieldOrder(checked.problems, FIELDS));
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  if (saved) {
    return (
      <NotificationBanner success autoFocus heading={`Commentary recorded for ${title}`}>
        <p className="govuk-body">It is shown above for {formatMonth(periodEnd)}.</p>
      </NotificationBanner>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="app-measure">
      <ErrorSummary problems={problems} fieldId={idOf} />
      <TextInput
        id={idOf("owner")}
        label="Owner"
        hint="The person answerable for this indicator, such as the head of service"
        error={errorFor("owner")}
        autoComplete="off"
        maxLength={200}
      />
      <Textarea
        id={idOf("narrative")}
        label="What is happening"
        hint="Why the figure is where it is, in words a Board member can follow"
        error={errorFor("narrative")}
        maxLength={5000}
      />
      <Textarea
        id={idOf("correctiveAction")}
        label="Corrective action"
        hint="What is being done, by whom and by when"
        error={errorFor("correctiveAction")}
        maxLength={5000}
      />
      <button type="submit" className="govuk-button" aria-disabled={save.isPending}>
        Save commentary
      </button>
    </form>
  );
}
