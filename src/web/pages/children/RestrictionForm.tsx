/**
 * Restrict a child's record (directors). A restricted record is visible only to the
 * people named on it and to break-glass access. The server always names the person who
 * restricts it, so they cannot lock themselves out; this simple form names only them.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { restrictionRequest } from "../../../cases/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Checkbox, Textarea } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { check, problemFor, problemsOf } from "../../components/problems.ts";
import { childKey } from "./childQuery.ts";

export function RestrictionForm({ id, restricted }: { id: number; restricted: boolean }) {
  const queryClient = useQueryClient();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState<boolean | null>(null);
  const save = useMutation({
    mutationFn: (body: { restricted: boolean; userIds: number[]; reason: string }) =>
      api.put(`/api/children/${id}/restriction`, body),
    onSuccess: (_answer, body) => {
      setSaved(body.restricted);
      return queryClient.invalidateQueries({ queryKey: childKey(id) });
    },
    onError: (error) => setProblems(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const form = new FormData(event.currentTarget);
    const checked = check(restrictionRequest, {
      restricted: form.get("restricted") === "yes",
      userIds: [],
      reason: form.get("restrictionReason"),
    });
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    setSaved(null);
    save.mutate(checked.data);
  };

  return (
    <section aria-labelledby="restriction-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="restriction-heading">
        Who can see this record
      </h2>
      <ErrorSummary
        problems={problems}
        fieldId={(field) => (field === "reason" ? "restrictionReason" : field)}
      />
      {saved !== null ? (
        <NotificationBanner
          heading={
            saved ? "The record is now restricted to you" : "The record is no longer restricted"
          }
          success
          autoFocus
        />
      ) : null}
      <p className="govuk-body">
        Restrict a record when it must not be seen by everyone whose role would normally allow it,
        for example when a member of staff is related to the child. Only named people, and anyone
        using logged break-glass access, can then open it.
      </p>
      <form onSubmit={submit} noValidate>
        <Checkbox
          id="restricted"
          label="Restrict this record"
          hint="Saving names you on the record. Anyone named before is taken off."
          defaultChecked={restricted}
        />
        <Textarea
          id="restrictionReason"
          label="Reason for the change"
          labelClassName="govuk-label--s"
          hint="This is kept in the audit log."
          error={problemFor(problems, "reason")}
          maxLength={2000}
          rows={3}
        />
        <button
          type="submit"
          className="govuk-button govuk-button--secondary"
          aria-disabled={save.isPending}
        >
          Save restriction
        </button>
      </form>
    </section>
  );
}
