/**
 * Record a new version of the indicator's target, as the Board agreed it: a trajectory of
 * steps (each a start date and a value), the tolerance that still counts as amber, the
 * date the final value must be met, and who agreed it, where and when. Earlier versions
 * are kept. The form starts from the target in force, since a new version usually
 * amends it.
 */
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { createdResponse, type IndicatorView } from "../../../performance/api.ts";
import { api, type Problem } from "../../api-client.ts";
import { ErrorSummary } from "../../components/ErrorSummary.tsx";
import { Radios, Textarea, TextInput } from "../../components/fields.tsx";
import { NotificationBanner } from "../../components/NotificationBanner.tsx";
import { inFieldOrder } from "../../components/problems.ts";
import { PERFORMANCE_KEY } from "./queries.ts";
import { fieldOrder, readTarget, targetFieldId, targetProblems } from "./target-form.ts";

interface Props {
  definition: IndicatorView["definition"];
  current: IndicatorView["target"];
}

let nextRow = 0;
const newRow = (from = "", value = "") => ({ key: nextRow++, from, value });

export function TargetForm({ definition, current }: Props) {
  const queryClient = useQueryClient();
  const [rows, setRows] = useState(() =>
    current && current.steps.length > 0
      ? current.steps.map((s) => newRow(s.from, String(s.value)))
      : [newRow()],
  );
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saved, setSaved] = useState(false);
  const errorFor = (id: string) =>
    problems.find((p) => p.field !== null && targetFieldId(p.field) === id)?.message;
  const unit = definition.kind === "percent" ? "per cent" : definition.unit;

  const order = (list: Problem[]) =>
    inFieldOrder(
      list.map((p) => ({ ...p, field: p.field === null ? null : targetFieldId(p.field) })),
      fieldOrder(rows.length),
    );

  const save = useMutation({
    mutationFn: (body: unknown) =>
      api.post(`/api/performance/indicators/${definition.id}/targets`, body, createdResponse),
    onSuccess: async () => {
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: PERFORMANCE_KEY });
    },
    onError: (error) => setProblems(order(targetProblems(error))),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    const read = readTarget({
      steps: rows.map((_, i) => ({ from: text(`step-${i}-from`), value: text(`step-${i}-value`) })),
      toleranceKind: text("toleranceKind"),
      toleranceAmount: text("toleranceAmount"),
      targetDate: text("targetDate"),
      agreedBy: text("agreedBy"),
      agreedAt: text("agreedAt"),
      agreedOn: text("agreedOn"),
      changeReason: text("changeReason"),
    });
    if (!read.ok) {
      setProblems(order(read.problems));
      return;
    }
    setProblems([]);
    save.mutate(read.data);
  };

  // Removing a row moves focus to the next row's first input (or the add button), so
  // keyboard users are not dropped at the top of the page.
  const remove = (index: number) => {
    setRows(rows.filter((_, i) => i !== index));
    requestAnimationFrame(() => {
      const next =
        document.getElementById(`step-${index}-from`) ??
        document.getElementById(`step-${index - 1}-from`);
      next?.focus();
    });
  };
  const add = () => {
    const index = rows.length;
    setRows([...rows, newRow()]);
    requestAnimationFrame(() => document.getElementById(`step-${index}-from`)?.focus());
  };

  if (saved) {
    return (
      <NotificationBanner success autoFocus heading="The new target has been recorded">
        <p className="govuk-body">
          The figures are now rated against it. Earlier versions stay in the target history.
        </p>
      </NotificationBanner>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="app-measure">
      <ErrorSummary problems={problems} fieldId={(field) => field} />
      <h3 className="govuk-heading-s">Trajectory</h3>
      <p className="govuk-body">
        Each step is the target from its start date until the next step starts. Write dates as
        YYYY-MM-DD. Values are in {unit}
        {definition.kind === "percent" ? ", with at most one decimal place" : ", whole numbers"}.
      </p>
      {rows.map((row, i) => (
        <fieldset className="govuk-fieldset app-step" key={row.key}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Step {i + 1}</legend>
          <div className="app-filters">
            <TextInput
              id={`step-${i}-from`}
              label="Starts on"
              defaultValue={row.from}
              error={errorFor(`step-${i}-from`)}
              className="govuk-input--width-10"
              autoComplete="off"
            />
            <TextInput
              id={`step-${i}-value`}
              label="Target value"
              defaultValue={row.value}
              error={errorFor(`step-${i}-value`)}
              className="govuk-input--width-5"
              inputMode="decimal"
              autoComplete="off"
            />
            {rows.length > 1 ? (
              <div className="govuk-form-group">
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary"
                  onClick={() => remove(i)}
                >
                  Remove<span className="govuk-visually-hidden"> step {i + 1}</span>
                </button>
              </div>
            ) : null}
          </div>
        </fieldset>
      ))}
      {rows.length < 24 ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={add}>
          Add another step
        </button>
      ) : null}

      <h3 className="govuk-heading-s">Tolerance</h3>
      <Radios
        id="toleranceKind"
        legend="How far short of the target still counts as amber is measured in"
        options={[
          {
            value: "points",
            label:
              definition.kind === "percent" ? "Percentage points" : "The indicator's own units",
          },
          { value: "percent", label: "Per cent of the target" },
        ]}
        defaultValue={current?.tolerance.kind ?? "points"}
        error={errorFor("toleranceKind")}
        inline
      />
      <TextInput
        id="toleranceAmount"
        label="Tolerance"
        hint="0 means any shortfall is red"
        defaultValue={current ? String(current.tolerance.amount) : ""}
        error={errorFor("toleranceAmount")}
        className="govuk-input--width-5"
        inputMode="decimal"
        autoComplete="off"
      />
      <TextInput
        id="targetDate"
        label="Target date"
        hint="When the final value must be met, as YYYY-MM-DD"
        defaultValue={current?.targetDate ?? ""}
        error={errorFor("targetDate")}
        className="govuk-input--width-10"
        autoComplete="off"
      />

      <h3 className="govuk-heading-s">Agreement</h3>
      <TextInput
        id="agreedBy"
        label="Agreed by"
        hint="For example, Improvement Board (independent chair)"
        error={errorFor("agreedBy")}
        autoComplete="off"
        maxLength={200}
      />
      <TextInput
        id="agreedAt"
        label="Agreed at"
        hint="The meeting, for example Improvement Board, 26 April 2012"
        error={errorFor("agreedAt")}
        autoComplete="off"
        maxLength={200}
      />
      <TextInput
        id="agreedOn"
        label="Agreed on"
        hint="The date of that meeting, as YYYY-MM-DD"
        error={errorFor("agreedOn")}
        className="govuk-input--width-10"
        autoComplete="off"
      />
      <Textarea
        id="changeReason"
        label="Why the target is changing (optional)"
        error={errorFor("changeReason")}
        maxLength={2000}
      />
      <button type="submit" className="govuk-button" aria-disabled={save.isPending}>
        Record the target
      </button>
    </form>
  );
}
