/**
 * How performance figures and their assessments read on the page: the figure formats the
 * rules use ("71.2%", "1,204"), and words for every status code the API sends.
 */
import { formatTarget, formatValue } from "../../../performance/rules/numbers.ts";

type Kind = "count" | "percent";
export type Shown = number | "c" | null;

export const GROUP_LABELS: Record<string, string> = {
  front_door: "Front door",
  assessments: "Assessments",
  child_protection: "Child protection",
  children_in_need: "Children in need",
  looked_after: "Looked-after children",
};

export const SERIES_LABELS = {
  month: "Monthly",
  ytd: "Financial year to date",
  rolling12: "Rolling 12 months",
} as const;

export const POLARITY_LABELS: Record<string, string> = {
  high: "Higher is better",
  low: "Lower is better",
  none: "Neither direction is better",
};

export const PERIOD_TYPE_LABELS: Record<string, string> = {
  events: "Things that happened in the period",
  snapshot: "The position on the last day of the period",
};

type TagColour = "green" | "yellow" | "red" | "grey";
export const RAG: Record<string, { label: string; colour: TagColour }> = {
  green: { label: "Green", colour: "green" },
  amber: { label: "Amber", colour: "yellow" },
  red: { label: "Red", colour: "red" },
  no_data: { label: "No data", colour: "grey" },
  no_target: { label: "No target", colour: "grey" },
  suppressed: { label: "Withheld", colour: "grey" },
};

export const VARIATION_LABELS: Record<string, string> = {
  special_cause_concern: "Special cause, concern",
  special_cause_improvement: "Special cause, improvement",
  special_cause_neither: "Special cause, neither",
  common_cause: "Common cause",
  no_data: "No value",
};

export const ON_TRACK_LABELS: Record<string, string> = {
  likely: "Likely to meet the target",
  possible: "Possible",
  unlikely: "Unlikely to meet the target",
  insufficient_data: "Too few values to tell",
};

/** A value as the Board reads it; "c" stays "c" (the page explains it). */
export function formatShown(value: Shown, kind: Kind, precision: number): string {
  if (value === "c") return "c";
  if (value === null) return "No value";
  return formatValue(value, kind, precision);
}

/** Numerators and denominators are whole counts. */
export function formatCountShown(value: Shown): string {
  if (value === "c") return "c";
  if (value === null) return "";
  return formatValue(value, "count", 0);
}

export function formatTargetValue(value: number | null, kind: Kind, precision: number): string {
  return value === null ? "None" : formatTarget(value, kind, precision);
}

/** Means and limits keep a decimal even for counts: a mean of 41.96 referrals is not 42. */
export function formatStatistic(value: number | null, kind: Kind, precision: number): string {
  return value === null ? "" : formatValue(value, kind, Math.max(precision, 1));
}
