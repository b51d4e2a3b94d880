/** The plan page's filter in the address (?rag=red), so a filtered view can be shared. */
import { RAG_FILTERS, type RagFilter } from "./labels.ts";

export function parseRag(value: unknown): RagFilter | undefined {
  return RAG_FILTERS.find((rag) => rag === value);
}
