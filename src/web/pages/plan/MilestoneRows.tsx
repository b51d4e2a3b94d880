/** The action's milestones, one row each (a title and a due date); rows left blank are not sent. */
import type { Problem } from "../../api-client.ts";
import { TextInput } from "../../components/fields.tsx";
import { RowFieldset } from "../../components/RowFieldset.tsx";
import { RowList } from "../../components/RowList.tsx";
import { problemAt, problemWith } from "../../components/rows.ts";
import type { Rows } from "../../components/useRows.ts";

export function MilestoneRows({ rows, problems }: { rows: Rows; problems: Problem[] }) {
  return (
    <RowList
      id="milestones"
      title="Milestones (optional)"
      hint="The steps on the way, each with the date it is due. An action with a late milestone is rated amber."
      error={problemWith(problems, "milestones")}
      addLabel="Add another milestone"
      onAdd={rows.add}
    >
      {rows.keys.map((key, index) => (
        <RowFieldset
          key={key}
          legend={`Milestone ${index + 1}`}
          onRemove={() => rows.remove(index)}
        >
          <TextInput
            id={`milestones-${index}-title`}
            name={`milestones.${index}.title`}
            label="Milestone"
            maxLength={300}
            autoComplete="off"
            error={problemAt(problems, `milestones.${index}.title`)}
          />
          <TextInput
            id={`milestones-${index}-dueDate`}
            name={`milestones.${index}.dueDate`}
            label="Due"
            type="date"
            className="govuk-input--width-10"
            error={problemAt(problems, `milestones.${index}.dueDate`)}
          />
        </RowFieldset>
      ))}
    </RowList>
  );
}
