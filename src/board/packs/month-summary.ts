/**
 * What the "month on a page" says, worked out once from a pack's snapshot for both the
 * HTML and the PDF: the counts, the exceptions in a line each, the plan actions that are
 * red, and the reporting due or overdue. Pure: the same snapshot gives the same summary.
 */
import type { PackData } from "./pack-data.ts";

export interface MonthSummary {
  lines: string[];
  exceptions: { title: string; figure: string; status: string; reason: string }[];
  redActions: { ref: string; title: string; reason: string }[];
  reportingDue: { title: string; dueDate: string; owner: string; reason: string }[];
}

export function monthSummary(d: PackData, figure: (i: PackData["scorecard"][number]) => string) {
  const count = (s: string) => d.scorecard.filter((i) => i.rag.status === s).length;
  const initial = d.calendar.find((c) => c.title.startsWith("Initial report"));
  const lines = [
    `${d.scorecard.length} indicators: ${count("green")} green, ${count("amber")} amber, ${count("red")} red, ${count("no_target")} without a target${d.suppressed ? `, ${count("suppressed")} withheld` : ""}`,
    `${d.exceptions.length} performance exceptions (off target, a special-cause concern, or projected to miss)`,
    `${d.actions.length} plan actions: ${d.actionCounts.complete ?? 0} complete, ${d.actionCounts.green ?? 0} green, ${d.actionCounts.amber ?? 0} amber, ${d.actionCounts.red ?? 0} red`,
    ...(initial
      ? [`Initial report to the minister (due ${initial.dueDate}): ${initial.reason}`]
      : []),
  ];
  return {
    lines,
    exceptions: d.exceptions.map((x) => ({
      title: x.indicator.title,
      figure: figure(x.indicator),
      status: x.indicator.rag.status,
      reason: x.indicator.exceptionReasons[0] ?? x.indicator.rag.reason,
    })),
    redActions: d.actions
      .filter((a) => a.rag === "red")
      .map((a) => ({ ref: a.ref, title: a.title, reason: a.reason })),
    reportingDue: d.calendar
      .filter((c) => c.state === "overdue" || c.state === "due_soon")
      .map((c) => ({ title: c.title, dueDate: c.dueDate, owner: c.owner, reason: c.reason })),
  } satisfies MonthSummary;
}
