/**
 * Words for every code the Board API sends, with the colour that repeats each state. The
 * words carry the meaning; a colour is never the only signal.
 */
import { formatDate } from "../../format.ts";

type TagColour = "green" | "yellow" | "red" | "grey" | "blue" | "orange";

export const CALENDAR_STATE: Record<string, { label: string; colour: TagColour }> = {
  overdue: { label: "Overdue", colour: "red" },
  due_soon: { label: "Due soon", colour: "yellow" },
  upcoming: { label: "Upcoming", colour: "grey" },
  delivered_on_time: { label: "Delivered on time", colour: "green" },
  delivered_late: { label: "Delivered late", colour: "orange" },
};

export const CALENDAR_KIND_LABELS: Record<string, string> = {
  initial_report: "Initial report",
  plan_approval: "Plan approval",
  board_meeting: "Board meeting",
  quarterly_report: "Quarterly report",
  review: "Formal review",
  leader_report: "Leader's report",
  external_validation: "External validation",
};

/** The calendar filters: what is outstanding and late, outstanding soon, or everything. */
export const CALENDAR_FILTERS = [
  { show: "overdue", label: "Overdue", states: ["overdue"] },
  { show: "due", label: "Due in the next 14 days", states: ["due_soon"] },
  { show: "upcoming", label: "Upcoming", states: ["upcoming"] },
  { show: "delivered", label: "Delivered", states: ["delivered_on_time", "delivered_late"] },
] as const;
export type CalendarShow = (typeof CALENDAR_FILTERS)[number]["show"];

export function parseCalendarShow(value: unknown): CalendarShow | undefined {
  return CALENDAR_FILTERS.find((filter) => filter.show === value)?.show;
}

export const ACTION_STATE: Record<string, { label: string; colour: TagColour }> = {
  overdue: { label: "Overdue", colour: "red" },
  due_today: { label: "Due today", colour: "orange" },
  due_this_week: { label: "Due this week", colour: "yellow" },
  open: { label: "Open", colour: "grey" },
  done: { label: "Done", colour: "green" },
};

/**
 * Why a Board action is in its state. The actions API sends the state alone, so the
 * reason is written here from the dates it sends.
 */
export function actionReason(action: { state: string; dueDate: string; doneOn: string | null }) {
  if (action.doneOn)
    return `Done on ${formatDate(action.doneOn)} (due ${formatDate(action.dueDate)})`;
  if (action.state === "overdue") return `Was due ${formatDate(action.dueDate)}`;
  if (action.state === "due_today") return `Due today, ${formatDate(action.dueDate)}`;
  return `Due ${formatDate(action.dueDate)}`;
}

export const PACK_AUDIENCE: Record<string, { label: string; note: string }> = {
  board: {
    label: "The Board's pack",
    note: "Figures in full, for the Board only",
  },
  members: {
    label: "The members' pack",
    note: "Small numbers withheld, for elected members and observers",
  },
};
