/** A RAG rating as a GOV.UK tag: the word says it, the colour repeats it. */
import { Tag } from "../../components/Tag.tsx";
import { RAG } from "./labels.ts";

export function RagTag({ status }: { status: string }) {
  const rag = RAG[status] ?? { label: status, colour: "grey" as const };
  return <Tag colour={rag.colour}>{rag.label}</Tag>;
}
