/**
 * Add a link to evidence held elsewhere (a report on the intranet, a published document).
 * Input ids are prefixed because the file form on the same page also has a title.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { createdResponse, linkEvidenceRequest } from "../../../plan/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import {
  check,
  fieldIdFor,
  inFieldOrder,
  inFormWords,
  problemsOf,
} from "../../components/problems.ts";
import { PLAN_KEY } from "./queries.ts";

const FIELDS = ["title", "url"];
const MESSAGES: Record<string, string> = {
  title: "Give the evidence a title of 3 to 200 characters",
  url: "Enter the link's web address, starting https://",
};
/**
 * `path` is what the evidence is for (`/api/plan/actions/7`, `/api/notice/measures/3`);
 * `idPrefix` keeps input ids unique when several of these forms share a page.
 */
export function EvidenceLinkForm({ path, idPrefix = "" }: { path: string; idPrefix?: string }) {
  const idOf = (field: string) => `${idPrefix}link-${fieldIdFor(field)}`;
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const errorFor = (field: string) =>
    problems.find((p) => p.field !== null && fieldIdFor(p.field) === field)?.message;

  const save = useMutation({
    mutationFn: (body: { title: string; url: string }) =>
      api.post(`${path}/evidence-links`, body, createdResponse),
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
    const checked = check(linkEvidenceRequest, {
      title: String(form.get(idOf("title")) ?? ""),
      url: String(form.get(idOf("url")) ?? ""),
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
      {saved ? <NotificationBanner success autoFocus heading={`Link added: ${saved}`} /> : null}
      <TextInput
        id={idOf("title")}
        label="Title"
        hint="What the evidence is, for example Workforce strategy, April 2012"
        maxLength={200}
        autoComplete="off"
        error={errorFor("title")}
      />
      <TextInput
        id={idOf("url")}
        label="Web address"
        type="url"
        spellCheck={false}
        maxLength={2000}
        autoComplete="off"
        error={errorFor("url")}
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        aria-disabled={save.isPending}
      >
        Add the link
      </button>
    </form>
  );
}
