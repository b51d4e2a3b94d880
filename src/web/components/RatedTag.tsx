/**
 * A rating as a GOV.UK tag with its reason written out beside it, so the rating is never
 * carried by colour alone and the reader always sees why.
 */
import { reasonBesideTag } from "./reason.ts";
import { Tag } from "./Tag.tsx";

type Colour = "grey" | "green" | "blue" | "red" | "yellow" | "orange" | "purple" | "turquoise";

interface Props {
  label: string;
  colour: Colour;
  reason: string;
  /** In a table cell the reason goes on its own line; in running text it follows the tag. */
  block?: boolean;
}

export function RatedTag({ label, colour, reason, block = true }: Props) {
  const detail = reasonBesideTag(label, reason);
  return (
    <>
      <Tag colour={colour}>{label}</Tag>
      {detail ? (
        <span className={block ? "app-cell-note" : undefined}>
          {block ? "" : " "}
          {detail}
        </span>
      ) : null}
    </>
  );
}
