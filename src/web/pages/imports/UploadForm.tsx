/**
 * Upload an extract. XMLHttpRequest reports how much of the file has been sent, so the
 * page shows a real progress bar; once the file is sent the server checks and loads it
 * all-or-nothing and answers only when that is finished. A live region tells screen
 * reader users how the upload is going, and the answer takes focus when it arrives.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiError, type Problem, upload, withQuery } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { inFieldOrder, problemFor, problemsOf } from "../../components/problems.ts";
import { setTitleError } from "../../title.ts";
import { formatCount, plural, recordTypeLabel, totalRecords } from "./labels.ts";
import { IMPORTS_KEY } from "./queries.ts";
import { parseCollectionYear, type UploadAnswer, uploadAnswer } from "./upload-answer.ts";

type Phase =
  | { step: "idle" }
  | { step: "uploading"; fileName: string; percent: number | null }
  | { step: "checking"; fileName: string };

/** Announce progress at most this often, so screen readers are not flooded. */
const ANNOUNCE_EVERY_MS = 2000;
const FIELDS = ["file", "collectionYear"];

function ReportLink({ answer, className }: { answer: UploadAnswer; className?: string }) {
  return (
    <Link to="/imports/$importId" params={{ importId: String(answer.runId) }} className={className}>
      {answer.status === "rejected"
        ? `See what needs fixing in the report on ${answer.fileName}`
        : `Read the data-quality report on ${answer.fileName}`}
    </Link>
  );
}

function Loaded({ answer }: { answer: UploadAnswer }) {
  const counts = Object.entries(answer.counts);
  return (
    <NotificationBanner
      success
      autoFocus
      heading={
        answer.status === "unchanged"
          ? `${answer.fileName} was already loaded`
          : `${answer.fileName} has been loaded`
      }
    >
      <p className="govuk-body">{answer.message}</p>
      {counts.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {counts.map(([type, count]) => (
            <li key={type}>
              {recordTypeLabel(type)}: {formatCount(count)}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="govuk-body">
        <ReportLink answer={answer} className="govuk-notification-banner__link" />
      </p>
    </NotificationBanner>
  );
}

/** An error summary for a rejected file: it says plainly that nothing was loaded. */
function Rejected({ answer }: { answer: UploadAnswer }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    setTitleError(true);
    return () => setTitleError(false);
  }, []);
  const found = totalRecords(answer.counts);
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">
          {answer.fileName} was rejected: nothing from it was loaded
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            Waymark found {plural(answer.errorCount, "error", "errors")} and{" "}
            {plural(answer.warningCount, "warning", "warnings")}
            {found > 0 ? ` in ${plural(found, "record", "records")}` : ""}. A file with any error is
            not loaded at all, so the figures are unchanged. Fix the errors in the case system, then
            export and import the file again.
          </p>
          <ul className="govuk-list govuk-error-summary__list">
            <li>
              <ReportLink answer={answer} />
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}

function Progress({ phase }: { phase: Exclude<Phase, { step: "idle" }> }) {
  const percent = phase.step === "checking" ? 100 : phase.percent;
  return (
    <div className="govuk-form-group app-upload-progress">
      <label className="govuk-label govuk-label--s" htmlFor="upload-progress">
        {phase.step === "checking"
          ? `${phase.fileName} has been sent`
          : `Uploading ${phase.fileName}`}
      </label>
      <div className="app-progress">
        {percent === null ? (
          <progress id="upload-progress" className="app-progress__bar" max={100} />
        ) : (
          <progress id="upload-progress" className="app-progress__bar" max={100} value={percent}>
            {percent}%
          </progress>
        )}
        <span
          className="govuk-body govuk-!-font-weight-bold app-progress__value"
          aria-hidden="true"
        >
          {percent === null ? "" : `${percent}%`}
        </span>
      </div>
      {phase.step === "checking" ? (
        <p className="govuk-body govuk-!-margin-top-2">
          Checking and loading the file… A large file can take a few minutes. The answer will appear
          here.
        </p>
      ) : null}
    </div>
  );
}

export function UploadForm() {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const [announcement, setAnnouncement] = useState("");
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);
  const lastAnnounced = useRef(0);

  const send = useMutation({
    mutationFn: ({ file, year }: { file: File; year: number | undefined }) => {
      const body = new FormData();
      body.append("file", file, file.name);
      return upload(withQuery("/api/imports", { collectionYear: year }), body, {
        schema: uploadAnswer,
        answerStatuses: [422],
        onProgress: ({ loaded, total }) => {
          const percent = total ? Math.min(100, Math.floor((loaded / total) * 100)) : null;
          setPhase({ step: "uploading", fileName: file.name, percent });
          const now = Date.now();
          if (
            percent !== null &&
            (now - lastAnnounced.current >= ANNOUNCE_EVERY_MS || percent === 100)
          ) {
            lastAnnounced.current = now;
            setAnnouncement(`Uploading: ${percent}%`);
          }
        },
        onSent: () => {
          setPhase({ step: "checking", fileName: file.name });
          setAnnouncement("Checking and loading the file...");
        },
      }).then((result): UploadAnswer => ({ ...result, fileName: file.name }));
    },
    onSuccess: (result) => {
      setAnswer(result);
      formRef.current?.reset();
    },
    onError: (error) =>
      setProblems(
        error instanceof ApiError && error.status === 413
          ? [{ field: "file", message: error.message }]
          : inFieldOrder(problemsOf(error), FIELDS),
      ),
    onSettled: () => {
      setPhase({ step: "idle" });
      setAnnouncement("");
      return queryClient.invalidateQueries({ queryKey: IMPORTS_KEY });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (send.isPending) return;
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const year = parseCollectionYear(String(form.get("collectionYear") ?? ""));
    const found: Problem[] = [];
    if (!(file instanceof File) || file.name === "")
      found.push({ field: "file", message: "Select an extract file to import" });
    else if (file.size === 0) found.push({ field: "file", message: "The selected file is empty" });
    if (!year.ok) found.push({ field: "collectionYear", message: year.message });
    setAnswer(null);
    if (found.length > 0 || !(file instanceof File) || !year.ok) {
      setProblems(found);
      return;
    }
    setProblems([]);
    lastAnnounced.current = Date.now();
    setPhase({ step: "uploading", fileName: file.name, percent: 0 });
    setAnnouncement("Uploading: 0%");
    send.mutate({ file, year: year.year });
  };

  return (
    <section aria-labelledby="upload-heading" className="app-measure">
      <h2 className="govuk-heading-m" id="upload-heading">
        Import an extract
      </h2>
      <ErrorSummary problems={problems} />
      {answer?.status === "rejected" ? <Rejected key={answer.runId} answer={answer} /> : null}
      {answer && answer.status !== "rejected" ? (
        <Loaded key={answer.runId} answer={answer} />
      ) : null}
      <form onSubmit={submit} noValidate ref={formRef}>
        <div
          className={
            problemFor(problems, "file")
              ? "govuk-form-group govuk-form-group--error"
              : "govuk-form-group"
          }
        >
          <label className="govuk-label govuk-label--s" htmlFor="file">
            Extract file
          </label>
          <div id="file-hint" className="govuk-hint">
            You can import:
            <ul className="govuk-list govuk-list--bullet app-hint-list">
              <li>a CIN census return (XML)</li>
              <li>an SSDA903 children looked after return, as CSV tables or one XML file</li>
              <li>a children's social work workforce census return (XML)</li>
              <li>a Waymark canonical CSV file</li>
            </ul>
            Waymark recognises the file from its content, not its name. A file with any error is not
            loaded at all.
          </div>
          {problemFor(problems, "file") ? (
            <p id="file-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {problemFor(problems, "file")}
            </p>
          ) : null}
          <input
            className={`govuk-file-upload${problemFor(problems, "file") ? " govuk-file-upload--error" : ""}`}
            id="file"
            name="file"
            type="file"
            aria-describedby={problemFor(problems, "file") ? "file-hint file-error" : "file-hint"}
          />
        </div>
        <TextInput
          id="collectionYear"
          label="Collection year (optional)"
          labelClassName="govuk-label--s"
          hint="For SSDA903 and canonical CSV files: the year ending 31 March, e.g. 2012 for April 2011 to March 2012"
          className="govuk-input--width-4"
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
          maxLength={4}
          error={problemFor(problems, "collectionYear")}
        />
        {phase.step === "idle" ? null : <Progress phase={phase} />}
        <div className="govuk-visually-hidden" aria-live="polite">
          {announcement}
        </div>
        <button type="submit" className="govuk-button" aria-disabled={send.isPending}>
          Upload and check
        </button>
      </form>
    </section>
  );
}
