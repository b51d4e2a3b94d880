/**
 * The action's owners, one row each: a name or post, and optionally the Waymark account
 * of the person who holds it, so they can record progress on the action themselves.
 */
import type { Problem } from "../../api-client.ts";
import { Select, TextInput } from "../../components/fields.tsx";
import { RowFieldset } from "../../components/RowFieldset.tsx";
import { RowList } from "../../components/RowList.tsx";
import { problemAt, problemWith } from "../../components/rows.ts";
import type { Rows } from "../../components/useRows.ts";

export interface Person {
  id: number;
  displayName: string;
  roleLabel: string;
}

export function OwnerRows({
  rows,
  problems,
  people,
}: {
  rows: Rows;
  problems: Problem[];
  people: Person[];
}) {
  const accounts = [
    { value: "", label: "No account: plan managers record progress for them" },
    ...people.map((p) => ({ value: String(p.id), label: `${p.displayName} (${p.roleLabel})` })),
  ];
  return (
    <RowList
      id="owners"
      title="Owners"
      hint="The people or posts answerable for the action, at least one. An owner linked to their Waymark account can record progress themselves."
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
          <Select
            id={`owners-${index}-userId`}
            name={`owners.${index}.userId`}
            label="Waymark account (optional)"
            options={accounts}
            error={problemAt(problems, `owners.${index}.userId`)}
          />
        </RowFieldset>
      ))}
    </RowList>
  );
}
