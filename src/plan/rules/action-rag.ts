/**
 * RAG for an improvement-plan action, by stated rules, first match wins, each with the
 * reason the Board reads:
 *   complete                                  -> complete
 *   blocked                                   -> red
 *   past its due date                         -> red   (overdue)
 *   a milestone past its date and not done    -> amber
 *   not started after its start date          -> amber
 *   due within 14 days and under 75% complete -> amber
 *   otherwise                                 -> green (on track)
 * Dates are civil dates (YYYY-MM-DD); "today" is the date the plan is read on.
 */
import { daysBetween } from "../../calendar/dates.ts";

export type ActionStatus = "not_started" | "in_progress" | "complete" | "blocked";
export type ActionRag = "complete" | "red" | "amber" | "green";

export interface ActionFacts {
  status: ActionStatus;
  percentComplete: number;
  startDate: string;
  dueDate: string;
  milestones: readonly { title: string; dueDate: string; doneOn: string | null }[];
}

export const DUE_SOON_DAYS = 14;
export const DUE_SOON_PERCENT = 75;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function actionRag(action: ActionFacts, today: string): { rag: ActionRag; reason: string } {
  if (action.status === "complete") return { rag: "complete", reason: "Complete" };
  if (action.status === "blocked") return { rag: "red", reason: "Red: blocked" };
  const daysLeft = daysBetween(today, action.dueDate);
  if (daysLeft < 0) {
    return {
      rag: "red",
      reason: `Red: overdue by ${plural(-daysLeft, "day")} (due ${action.dueDate}), ${action.percentComplete}% complete`,
    };
  }
  const late = action.milestones
    .filter((m) => m.doneOn === null && m.dueDate < today)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
  if (late) {
    return {
      rag: "amber",
      reason: `Amber: milestone "${late.title}" was due ${late.dueDate} and is not done`,
    };
  }
  if (action.status === "not_started" && action.startDate < today) {
    return { rag: "amber", reason: `Amber: should have started on ${action.startDate}` };
  }
  if (daysLeft <= DUE_SOON_DAYS && action.percentComplete < DUE_SOON_PERCENT) {
    return {
      rag: "amber",
      reason: `Amber: due in ${plural(daysLeft, "day")} (${action.dueDate}) and only ${action.percentComplete}% complete`,
    };
  }
  return {
    rag: "green",
    reason: `Green: on track, due ${action.dueDate}, ${action.percentComplete}% complete`,
  };
}
