/**
 * The add-a-body form read into the API's request, and the schedule-meetings form too,
 * with their problems in words that say which member or agenda line is wrong. Pure, so
 * they are tested without a browser.
 */
import type { Problem } from "../../api-client.ts";
import { filledRows, textOf } from "../../components/rows.ts";

export interface BodyValues {
  name: string;
  remit: string;
  accountableTo: string | null;
  members: { name: string; role: string; organisation: string }[];
}

export function readBody(
  form: FormData,
  memberRows: number,
): { body: BodyValues; positions: number[] } {
  const members = filledRows(
    Array.from({ length: memberRows }, (_, i) => ({
      name: textOf(form, `members.${i}.name`),
      role: textOf(form, `members.${i}.role`),
      organisation: textOf(form, `members.${i}.organisation`),
    })),
    (m) => m.name === "" && m.role === "" && m.organisation === "",
  );
  return {
    body: {
      name: textOf(form, "name"),
      remit: textOf(form, "remit"),
      accountableTo: textOf(form, "accountableTo") || null,
      members: members.values,
    },
    positions: members.positions,
  };
}

const MEMBER_FIELDS: Record<string, string> = {
  name: "name",
  role: "role",
  organisation: "organisation",
};

/** Must run after the rows are put back on the page, so the numbers are the page's. */
export function bodyMessage(problem: Problem): Problem {
  const field = problem.field ?? "";
  const member = /^members\.(\d+)\.(name|role|organisation)$/.exec(field);
  if (!member) return problem;
  const n = Number(member[1]) + 1;
  return {
    field,
    message: `Enter member ${n}'s ${MEMBER_FIELDS[member[2] ?? ""]}, in at least 2 characters`,
  };
}

export interface ScheduleValues {
  bodyId: number;
  firstDate: string;
  months: number;
  agenda: string[];
}

/** Agenda items are typed one per line; blank lines are dropped. */
export function readSchedule(form: FormData): ScheduleValues {
  const months = textOf(form, "months");
  return {
    bodyId: Number(textOf(form, "bodyId")),
    firstDate: textOf(form, "firstDate"),
    months: /^\d+$/.test(months) ? Number(months) : Number.NaN,
    agenda: textOf(form, "agenda")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ""),
  };
}

export function scheduleMessage(problem: Problem): Problem {
  const field = problem.field ?? "";
  if (field === "bodyId") return { field, message: "Choose the body that meets" };
  if (field === "firstDate") return { field, message: "Enter the date of the first meeting" };
  if (field === "months")
    return { field, message: "Enter how many monthly meetings to schedule, from 1 to 24" };
  const line = /^agenda\.(\d+)$/.exec(field);
  if (line)
    return {
      field: "agenda",
      message: `Agenda item ${Number(line[1]) + 1} must be 2 to 300 characters`,
    };
  if (field === "agenda") return { field, message: "Give at most 40 agenda items" };
  return problem;
}
