/** An action's rating as a tag with the rule's reason beside it ("Red" and why). */
import { RatedTag } from "../../components/RatedTag.tsx";
import { ACTION_RAG } from "./labels.ts";

export function ActionRating({
  rag,
  reason,
  block = true,
}: {
  rag: string;
  reason: string;
  block?: boolean;
}) {
  const shown = ACTION_RAG[rag] ?? { label: rag, colour: "grey" as const };
  return <RatedTag label={shown.label} colour={shown.colour} reason={reason} block={block} />;
}
