/** An audit outcome as a tag whose words say what happened; colour only repeats it. */
import { Tag } from "../../components/Tag.tsx";

const OUTCOMES: Record<string, { label: string; colour: "green" | "red" | "orange" }> = {
  success: { label: "Success", colour: "green" },
  denied: { label: "Refused", colour: "red" },
  failure: { label: "Failed", colour: "orange" },
};

export function AuditOutcome({ outcome }: { outcome: string }) {
  const known = OUTCOMES[outcome];
  return known ? <Tag colour={known.colour}>{known.label}</Tag> : <Tag>{outcome}</Tag>;
}
