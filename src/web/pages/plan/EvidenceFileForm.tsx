/**
 * Upload an evidence file (a document or image, at most 10 MB). Sent as a multipart form
 * with the shared upload helper, which adds the CSRF header and reports progress; the
 * server checks the file's content matches its type and refuses anything executable.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { createdResponse } from "../../../plan/api.ts";
import { ApiError, type Problem, upload } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { fieldIdFor, inFieldOrder, problemsOf } from "../../components/problems.ts";
import { formatBytes } from "./labels.ts";
import { PLAN_KEY } from "./queries.ts";

const FIELDS = ["title", "file"];
const MAX_BYTES = 10 * 1024 * 1024;
/**
 * `path` is what the evidence is for (`/api/plan/actions/7`, `/api/notice/measures/3`);
 * `idPrefix` keeps input ids unique when several of these forms share a page.
 */
export function EvidenceFileForm({ path, idPrefix = "" }: { path: string; idPrefix?: string }) {
  const idOf = (field: string) => `${idPrefix}evidence-${fieldIdFor(field)}`;
  const progressId = `${idPrefix}evidence-progress`;
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const errorFor = (field: string) =>
    problems.find((p) => p.field !== null && fieldIdFor(p.field) === field)?.message;

  const send = useMutation({
    mutationFn: ({ title, file }: { title: string; file: File }) => {
      const body = new FormData();
      body.append("title", title);
      body.append("file", file, file.name);
      return upload(`${path}/evidence-files`, body, {
        schema: createdResponse,
        onProgress: ({ loaded, total }) =>
          setPercent(total ? Math.min(100, Math.floor((loaded / total) * 100)) : null),
      });
    },
    onSuccess: async (_answer, { file }) => {
      setProblems([]);
      setSaved(`${file.name} (${formatBytes(file.size)})`);
      formRef.current?.reset();
      await queryClient.invalidateQueries({ queryKey: PLAN_KEY });
    },
    onError: (error) =>
      setProblems(
        error instanceof ApiError && error.status === 413
          ? [{ field: "file", message: error.message }]
          : inFieldOrder(problemsOf(error), FIELDS),
      ),
    onSettled: () => setPercent(null),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (send.isPending) return;
    setSaved(null);
    const form = new FormData(event.currentTarget);
    const title = String(form.get(idOf("title")) ?? "").trim();
    const file = form.get(idOf("file"));
    const found: Problem[] = [];
    if (title.length < 3 || title.length > 200)
      found.push({ field: "title", message: "Give the evidence a title of 3 to 200 characters" });
    if (!(file instanceof File) || file.name === "")
      found.push({ field: "file", message: "Choose a file to attach" });
    else if (file.size === 0) found.push({ field: "file", message: "The chosen file is empty" });
    else if (file.size > MAX_BYTES)
      found.push({ field: "file", message: "Evidence files can be at most 10 MB" });
    if (found.length > 0 || !(file instanceof File)) {
      setProblems(found);
      return;
    }
    setProblems([]);
    setPercent(0);
    send.mutate({ title, file });
  };

  const fileError = errorFor("file");
  return (
    <form onSubmit={submit} noValidate ref={formRef} className="app-measure">
      <ErrorSummary problems={problems} fieldId={idOf} />
      {saved ? <NotificationBanner success autoFocus heading={`File added: ${saved}`} /> : null}
      <TextInput
        id={idOf("title")}
        label="Title"
        hint="What the evidence is, for example Supervision audit, March 2012"
        maxLength={200}
        autoComplete="off"
        error={errorFor("title")}
      />
      <div className={fileError ? "govuk-form-group govuk-form-group--error" : "govuk-form-group"}>
        <label className="govuk-label" htmlFor={idOf("file")}>
          File
        </label>
        <div id={`${idOf("file")}-hint`} className="govuk-hint">
          PDF, Word (docx), Excel (xlsx), PowerPoint (pptx), PNG, JPEG, text or CSV, at most 10 MB
        </div>
        {fileError ? (
          <p id={`${idOf("file")}-error`} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {fileError}
          </p>
        ) : null}
        <input
          className={`govuk-file-upload${fileError ? " govuk-file-upload--error" : ""}`}
          id={idOf("file")}
          name={idOf("file")}
          type="file"
          accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.txt,.csv"
          aria-describedby={
            fileError ? `${idOf("file")}-hint ${idOf("file")}-error` : `${idOf("file")}-hint`
          }
        />
      </div>
      {send.isPending ? (
        <div className="govuk-form-group" role="status">
          <label className="govuk-label govuk-label--s" htmlFor={progressId}>
            Uploading the file
          </label>
          {percent === null ? (
            <progress id={progressId} className="app-progress__bar" max={100} />
          ) : (
            <progress id={progressId} className="app-progress__bar" max={100} value={percent}>
              {percent}%
            </progress>
          )}
        </div>
      ) : null}
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        aria-disabled={send.isPending}
      >
        Upload the file
      </button>
    </form>
  );
}
