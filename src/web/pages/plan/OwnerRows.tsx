/**
 * The action's owners, one row each. Names only: the API offers plan managers no list of
 * Waymark users to link an owner to, so owners added here cannot update the action
 * themselves (plan managers can, for them).
 */
import type { Problem } from "../../api-client.ts";
import { TextInput } from "../../components/fields.tsx";
import { RowFieldset } from "../../components/RowFieldset.tsx";
import { RowList } from "../../components/RowList.tsx";
import { problemAt, problemWith } from "../../components/rows.ts";
import type { Rows } from "../../components/useRows.ts";

export function OwnerRows({ rows, problems }: { rows: Rows; problems: Problem[] }) {
  return (
    <RowList
      id="owners"
      title="Owners"
      hint="The people or posts answerable for the action, at least one. Progress updates on their behalf are added by the people who manage the plan."
      error={problemWith(problems, "owners")}
      addLabel="Add another owner"
      onAdd={rows.add}
    >
      {rows.keys.map((key, index) => (
        <RowFieldset
          key={key}
          legend={`Owner ${index + 1}`}
          onRemove={rows.keys.length > 1 ? () => rows.remove(index) : undefined}
        >
          <TextInput
            id={`owners-${index}-owner`}
            name={`owners.${index}.owner`}
            label="Name or post"
            hint={index === 0 ? "For example, Head of Referral and Assessment" : undefined}
            maxLength={200}
            autoComplete="off"
            error={problemAt(problems, `owners.${index}.owner`)}
          />
        </RowFieldset>
      ))}
    </RowList>
  );
}
