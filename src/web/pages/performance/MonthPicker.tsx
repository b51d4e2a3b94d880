/**
 * Choose the month to read. The month goes in the address (so Back works and a page can
 * be shared), and the select is submitted with a button rather than on change, so moving
 * through the options with the keyboard does not reload the page at every step.
 */
import type { FormEvent } from "react";
import { Select } from "../../components/fields.tsx";
import { formatMonth } from "../../format.ts";

interface Props {
  months: string[];
  current: string | null;
  onChoose: (month: string) => void;
}

export function MonthPicker({ months, current, onChoose }: Props) {
  if (months.length === 0) return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const month = String(new FormData(event.currentTarget).get("month") ?? "");
    if (month) onChoose(month);
  };
  const newestFirst = [...months].reverse();
  return (
    <form onSubmit={submit} noValidate className="app-filters">
      <Select
        id="month"
        label="Month"
        options={newestFirst.map((m) => ({ value: m, label: formatMonth(m) }))}
        defaultValue={current ?? newestFirst[0]}
        key={current ?? ""}
      />
      <div className="govuk-form-group">
        <button
          type="submit"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        >
          Show month
        </button>
      </div>
    </form>
  );
}
