/** A body's members, one row each: name, role and organisation. Rows left blank are not sent. */
import type { Problem } from "../../api-client.ts";
import { TextInput } from "../../components/fields.tsx";
import { RowFieldset } from "../../components/RowFieldset.tsx";
import { RowList } from "../../components/RowList.tsx";
import { problemAt, problemWith } from "../../components/rows.ts";
import type { Rows } from "../../components/useRows.ts";

const PARTS = [
  { part: "name", label: "Name", hint: "For example, Janet Hale" },
  { part: "role", label: "Role", hint: "Their role on this body, for example Independent chair" },
  {
    part: "organisation",
    label: "Organisation",
    hint: "For example, the council, NHS Trust or Independent",
  },
];

export function MemberRows({ rows, problems }: { rows: Rows; problems: Problem[] }) {
  return (
    <RowList
      id="members"
      title="Members"
      level={3}
      hint="The people who sit on the body. Their attendance is recorded with each meeting's minutes."
      error={problemWith(problems, "members")}
      addLabel="Add another member"
      onAdd={rows.add}
    >
      {rows.keys.map((key, index) => (
        <RowFieldset key={key} legend={`Member ${index + 1}`} onRemove={() => rows.remove(index)}>
          {PARTS.map(({ part, label, hint }) => (
            <TextInput
              key={part}
              id={`members-${index}-${part}`}
              name={`members.${index}.${part}`}
              label={label}
              hint={index === 0 ? hint : undefined}
              maxLength={200}
              autoComplete="off"
              className="govuk-input--width-20"
              error={problemAt(problems, `members.${index}.${part}`)}
            />
          ))}
        </RowFieldset>
      ))}
    </RowList>
  );
}
