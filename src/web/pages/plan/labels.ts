/**
 * Words for every code the notice and plan API sends, and the colour that repeats each
 * rating. The words carry the meaning; a colour is never the only signal.
 */
type TagColour = "green" | "yellow" | "red" | "grey" | "blue";

export const MEASURE_GROUPS = [
  "social_care_practice",
  "capacity_and_capability",
  "partnership_and_governance",
  "support",
] as const;

export const MEASURE_GROUP_LABELS: Record<string, string> = {
  social_care_practice: "Social care practice",
  capacity_and_capability: "Capacity and capability",
  partnership_and_governance: "Partnership and governance",
  support: "Support",
};

/** Plan actions are rated red, amber or green by rule, or are complete. */
export const ACTION_RAG: Record<string, { label: string; colour: TagColour }> = {
  red: { label: "Red", colour: "red" },
  amber: { label: "Amber", colour: "yellow" },
  green: { label: "Green", colour: "green" },
  complete: { label: "Complete", colour: "blue" },
};

export const RAG_FILTERS = ["red", "amber", "green", "complete"] as const;
export type RagFilter = (typeof RAG_FILTERS)[number];

/** A measure's combined status: the worst of its actions and indicators, or nothing linked. */
export const MEASURE_STATUS: Record<string, { label: string; colour: TagColour }> = {
  red: { label: "Red", colour: "red" },
  amber: { label: "Amber", colour: "yellow" },
  green: { label: "Green", colour: "green" },
  none: { label: "Not rated", colour: "grey" },
};

export const ACTION_STATUS_LABELS: Record<string, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  complete: "Complete",
  blocked: "Blocked",
};

export const ICS_STATUS_LABELS: Record<string, string> = {
  open: "Open",
  closed: "Closed",
};

export const WORKSTREAM_LABELS: Record<string, string> = {
  ics: "ICS implementation",
};

/** A file size as people read it: "812 bytes", "14 KB", "2.3 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
