/**
 * The reporting calendar an Improvement Notice sets, generated from its date:
 *   - the chair's initial report to the minister within six weeks (notice date + 42 days);
 *   - the Improvement Plan approved by the Board by the notice's stated deadline;
 *   - a Board meeting every calendar month, starting the month after the notice;
 *   - quarterly progress reports from the chair, 3, 6, 9, 12, 15 and 18 months on;
 *   - formal reviews at 6 and 12 months, the 6-month one with the Leader's report, and a
 *     further review within 18 months, supported by external validation (a peer review).
 * "N months on" is calendar-month arithmetic clamped to the month's end: a notice dated
 * 31 August gives a 6-month date of 29 February in a leap year.
 */
import { addDays, addMonths, daysBetween, endOfMonth, startOfMonth } from "../../calendar/dates.ts";

export type ReportingKind =
  | "initial_report"
  | "plan_approval"
  | "board_meeting"
  | "quarterly_report"
  | "review"
  | "leader_report"
  | "external_validation";

export interface ReportingItem {
  kind: ReportingKind;
  title: string;
  dueDate: string;
  owner: string;
}

export const NOTICE_MONTHS = 18;

const monthName = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString("en-GB", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

export function reportingCalendar(notice: {
  issuedOn: string;
  planApprovalDeadline: string;
}): ReportingItem[] {
  const { issuedOn } = notice;
  const items: ReportingItem[] = [
    {
      kind: "initial_report",
      title: "Initial report to the minister (within six weeks)",
      dueDate: addDays(issuedOn, 42),
      owner: "Independent chair",
    },
    {
      kind: "plan_approval",
      title: "Improvement Plan approved by the Improvement Board",
      dueDate: notice.planApprovalDeadline,
      owner: "Director of Children's Services",
    },
  ];
  for (let m = 1; m <= NOTICE_MONTHS; m++) {
    const month = startOfMonth(addMonths(startOfMonth(issuedOn), m));
    items.push({
      kind: "board_meeting",
      title: `Improvement Board meeting, ${monthName(month)}`,
      dueDate: endOfMonth(month),
      owner: "Independent chair",
    });
  }
  for (let q = 1; q <= NOTICE_MONTHS / 3; q++) {
    items.push({
      kind: "quarterly_report",
      title: `Quarterly progress report ${q} to the minister`,
      dueDate: addMonths(issuedOn, 3 * q),
      owner: "Independent chair",
    });
  }
  for (const months of [6, 12]) {
    items.push({
      kind: "review",
      title: `${months}-month formal review of progress`,
      dueDate: addMonths(issuedOn, months),
      owner: "Department for Education",
    });
  }
  items.push(
    {
      kind: "leader_report",
      title: "Leader's report on progress for the 6-month review",
      dueDate: addMonths(issuedOn, 6),
      owner: "Leader of the Council",
    },
    {
      kind: "external_validation",
      title: "External validation of progress (peer review)",
      dueDate: addMonths(issuedOn, NOTICE_MONTHS),
      owner: "Director of Children's Services",
    },
    {
      kind: "review",
      title: "18-month review of progress",
      dueDate: addMonths(issuedOn, NOTICE_MONTHS),
      owner: "Department for Education",
    },
  );
  return items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.kind.localeCompare(b.kind));
}

export type ItemState =
  | "delivered_on_time"
  | "delivered_late"
  | "overdue"
  | "due_soon"
  | "upcoming";

/** Where an item stands on `today`: delivered (on time or how late), overdue, due within 14 days, or later. */
export function itemState(
  item: { dueDate: string; deliveredOn: string | null },
  today: string,
): { state: ItemState; reason: string } {
  if (item.deliveredOn !== null) {
    const late = daysBetween(item.dueDate, item.deliveredOn);
    return late <= 0
      ? { state: "delivered_on_time", reason: `Delivered on time on ${item.deliveredOn}` }
      : {
          state: "delivered_late",
          reason: `Delivered ${late} day${late === 1 ? "" : "s"} late on ${item.deliveredOn}`,
        };
  }
  const left = daysBetween(today, item.dueDate);
  if (left < 0)
    return { state: "overdue", reason: `Overdue by ${-left} day${left === -1 ? "" : "s"}` };
  if (left <= 14)
    return { state: "due_soon", reason: `Due in ${left} day${left === 1 ? "" : "s"}` };
  return { state: "upcoming", reason: `Due ${item.dueDate}` };
}
