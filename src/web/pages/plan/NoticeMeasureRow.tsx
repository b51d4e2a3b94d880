/** One measure of the notice being recorded: its heading, what it asks, and its indicators. */
import type { Problem } from "../../api-client.ts";
import { Select, Textarea } from "../../components/fields.tsx";
import { RowFieldset } from "../../components/RowFieldset.tsx";
import { inputId, problemAt } from "../../components/rows.ts";
import { IndicatorChoices } from "./IndicatorChoices.tsx";
import { NOTICE_HEADINGS } from "./notice-form.ts";

interface Props {
  index: number;
  problems: Problem[];
  onRemove?: (() => void) | undefined;
}

export function NoticeMeasureRow({ index, problems, onRemove }: Props) {
  const n = index + 1;
  const field = (name: string) => `measures.${index}.${name}`;
  return (
    <RowFieldset legend={`Measure ${n}`} onRemove={onRemove}>
      <Select
        id={inputId(field("group"))}
        name={field("group")}
        label="Heading"
        hint="The heading the notice lists it under; measures are numbered within each heading"
        options={[{ value: "", label: "Choose a heading" }, ...NOTICE_HEADINGS]}
        defaultValue=""
        error={problemAt(problems, field("group"))}
      />
      <Textarea
        id={inputId(field("text"))}
        name={field("text")}
        label="What the notice asks"
        hint="The measure in the notice's own words"
        rows={3}
        maxLength={5000}
        error={problemAt(problems, field("text"))}
      />
      <IndicatorChoices
        name={field("indicatorIds")}
        measure={n}
        error={problemAt(problems, field("indicatorIds"))}
      />
    </RowFieldset>
  );
}
