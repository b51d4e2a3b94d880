/**
 * Record a governance body (the Improvement Board, Children's Trust, LSCB, scrutiny):
 * its name, remit, whom it answers to and its members. A body whose name says
 * "Improvement Board" is the one that approves the plan. The server refuses a name
 * already recorded, and says so.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { bodyRequest, createdResponse } from "../../../board/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Textarea, TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { check, inFieldOrder, problemsOf } from "../../components/problems.ts";
import { inputId, problemAt, problemsOnPage } from "../../components/rows.ts";
import { useRows } from "../../components/useRows.ts";
import { bodyMessage, readBody } from "./body-form.ts";
import { MemberRows } from "./MemberRows.tsx";
import { BOARD_KEY } from "./queries.ts";

const FIELDS = ["name", "remit", "accountableTo", "members"];
/** The body's own inputs' ids carry a prefix, so they cannot clash with others on the page. */
const idOf = (field: string) => {
  if (field === "members") return "members-add";
  return field.startsWith("members.") ? inputId(field) : `body-${field}`;
};

export function AddBodyForm() {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const positions = useRef<number[]>([]);
  const members = useRows(1, {
    firstInputId: (i) => `members-${i}-name`,
    addButtonId: "members-add",
  });
  const show = (found: Problem[]) =>
    setProblems(
      inFieldOrder(problemsOnPage(found, { members: positions.current }).map(bodyMessage), FIELDS),
    );

  const save = useMutation({
    mutationFn: (body: unknown) => api.post("/api/board/bodies", body, createdResponse),
    onSuccess: async (_answer, body) => {
      setProblems([]);
      setSaved((body as { name: string }).name);
      formRef.current?.reset();
      members.reset();
      await queryClient.invalidateQueries({ queryKey: BOARD_KEY });
    },
    onError: (error) => show(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(null);
    const read = readBody(new FormData(event.currentTarget), members.keys.length);
    positions.current = read.positions;
    const checked = check(bodyRequest, read.body);
    if (!checked.ok) {
      show(checked.problems);
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  const errorFor = (field: string) => problemAt(problems, field);
  return (
    <form onSubmit={submit} noValidate ref={formRef} className="app-measure">
      <ErrorSummary problems={problems} fieldId={idOf} />
      {saved ? (
        <NotificationBanner success autoFocus heading={`${saved} recorded`}>
          <p className="govuk-body">It is listed on this page. Schedule its meetings below.</p>
        </NotificationBanner>
      ) : null}
      <TextInput
        id="body-name"
        name="name"
        label="Name"
        hint="For example, Children's Trust Board. Name the body that oversees the notice with “Improvement Board” in its name."
        maxLength={200}
        autoComplete="off"
        error={errorFor("name")}
      />
      <Textarea
        id="body-remit"
        name="remit"
        label="Remit"
        hint="What the body is for and what it decides"
        rows={3}
        maxLength={5000}
        error={errorFor("remit")}
      />
      <TextInput
        id="body-accountableTo"
        name="accountableTo"
        label="Accountable to (optional)"
        hint="Whom the body answers to, for example Minister for Children and Families"
        maxLength={300}
        autoComplete="off"
        error={errorFor("accountableTo")}
      />
      <MemberRows rows={members} problems={problems} />
      <button type="submit" className="govuk-button" aria-disabled={save.isPending}>
        Record the body
      </button>
    </form>
  );
}
