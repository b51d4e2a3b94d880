/**
 * Add an action to the plan: what it is, which body leads it, when it runs, whether it is
 * part of the ICS workstream, the notice measures it answers, its owners and milestones.
 * Checked against the shared schema first, then by the server (which also checks the due
 * date is not before the start and that each measure is in the notice); on success the
 * new action's page opens.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { type FormEvent, useRef, useState } from "react";
import { actionCreatedResponse, newActionRequest } from "../../../plan/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Checkbox, TextInput } from "../../components/fields.tsx";
import { check, inFieldOrder, problemsOf } from "../../components/problems.ts";
import { inputId, problemAt, problemsOnPage } from "../../components/rows.ts";
import { useRows } from "../../components/useRows.ts";
import { type ActionPositions, actionMessage, readAction } from "./action-form.ts";
import { MeasureChoices } from "./MeasureChoices.tsx";
import { MilestoneRows } from "./MilestoneRows.tsx";
import { OwnerRows, type Person } from "./OwnerRows.tsx";
import { PLAN_KEY } from "./queries.ts";

type Measure = Parameters<typeof MeasureChoices>[0]["measures"][number];

const FIELDS = [
  "title",
  "leadBody",
  "startDate",
  "dueDate",
  "ics",
  "measureIds",
  "owners",
  "milestones",
];

/** Where the error summary sends the user for a problem with a whole list. */
function idOf(field: string): string {
  if (field === "owners") return "owners-0-owner";
  if (field === "milestones") return "milestones-add";
  if (field.startsWith("measureIds")) return "measureIds";
  return inputId(field);
}

export function NewActionForm({ measures, people }: { measures: Measure[]; people: Person[] }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [problems, setProblems] = useState<Problem[]>([]);
  const positions = useRef<ActionPositions>({ owners: [], milestones: [] });
  const owners = useRows(1, {
    firstInputId: (i) => `owners-${i}-owner`,
    addButtonId: "owners-add",
  });
  const milestones = useRows(1, {
    firstInputId: (i) => `milestones-${i}-title`,
    addButtonId: "milestones-add",
  });
  const show = (found: Problem[]) =>
    setProblems(
      inFieldOrder(problemsOnPage(found, { ...positions.current }).map(actionMessage), FIELDS),
    );

  const save = useMutation({
    mutationFn: (body: unknown) => api.post("/api/plan/actions", body, actionCreatedResponse),
    onSuccess: async ({ id }) => {
      void queryClient.invalidateQueries({ queryKey: PLAN_KEY });
      await navigate({ to: "/plan/actions/$actionId", params: { actionId: String(id) } });
    },
    onError: (error) => show(problemsOf(error)),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const read = readAction(new FormData(event.currentTarget), {
      owners: owners.keys.length,
      milestones: milestones.keys.length,
    });
    positions.current = read.positions;
    const checked = check(newActionRequest, read.body);
    if (!checked.ok) {
      show(checked.problems);
      return;
    }
    setProblems([]);
    save.mutate(checked.data);
  };

  const errorFor = (field: string) => problemAt(problems, field);
  return (
    <form onSubmit={submit} noValidate className="app-measure">
      <ErrorSummary problems={problems} fieldId={idOf} />
      <h2 className="govuk-heading-m">The action</h2>
      <TextInput
        id="title"
        label="Action"
        hint="What is to be done, for example Recruit 12 permanent social workers"
        maxLength={500}
        autoComplete="off"
        error={errorFor("title")}
      />
      <TextInput
        id="leadBody"
        label="Lead body"
        hint="The body that leads it, for example Council, Children's Trust or LSCB"
        maxLength={200}
        autoComplete="off"
        className="govuk-input--width-20"
        error={errorFor("leadBody")}
      />
      <TextInput
        id="startDate"
        label="Starts"
        type="date"
        className="govuk-input--width-10"
        error={errorFor("startDate")}
      />
      <TextInput
        id="dueDate"
        label="Due"
        hint="On or after the start date"
        type="date"
        className="govuk-input--width-10"
        error={errorFor("dueDate")}
      />
      <Checkbox
        id="ics"
        label="Part of the ICS implementation workstream"
        hint="ICS actions are numbered ICS1, ICS2 and so on, and listed with the workstream's issue log"
      />
      <MeasureChoices measures={measures} error={errorFor("measureIds")} />
      <OwnerRows rows={owners} problems={problems} people={people} />
      <MilestoneRows rows={milestones} problems={problems} />
      <button type="submit" className="govuk-button" aria-disabled={save.isPending}>
        Add the action
      </button>
    </form>
  );
}
