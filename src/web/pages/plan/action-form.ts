/**
 * The add-an-action form read into the API's request, and its problems in words that
 * name the owner or milestone concerned. Pure, so it is tested without a browser.
 */
import type { Problem } from "../../api-client.ts";
import { filledRows, textOf } from "../../components/rows.ts";

export interface ActionValues {
  title: string;
  leadBody: string;
  startDate: string;
  dueDate: string;
  ics: boolean;
  measureIds: number[];
  owners: { owner: string; userId: number | null }[];
  milestones: { title: string; dueDate: string }[];
}

export interface ActionPositions {
  owners: number[];
  milestones: number[];
}

/** The chosen account's id, or null for "no account" (an empty choice). */
function accountOf(value: string): number | null {
  const id = Number(value);
  return value !== "" && Number.isInteger(id) && id > 0 ? id : null;
}

/** `rows` says how many owner and milestone rows are on the page; blank ones are not sent. */
export function readAction(
  form: FormData,
  rows: { owners: number; milestones: number },
): { body: ActionValues; positions: ActionPositions } {
  const owners = filledRows(
    Array.from({ length: rows.owners }, (_, i) => ({
      owner: textOf(form, `owners.${i}.owner`),
      userId: accountOf(textOf(form, `owners.${i}.userId`)),
    })),
    // A row with an account chosen but no name is sent, so the missing name is reported.
    (o) => o.owner === "" && o.userId === null,
  );
  const milestones = filledRows(
    Array.from({ length: rows.milestones }, (_, i) => ({
      title: textOf(form, `milestones.${i}.title`),
      dueDate: textOf(form, `milestones.${i}.dueDate`),
    })),
    (m) => m.title === "" && m.dueDate === "",
  );
  return {
    body: {
      title: textOf(form, "title"),
      leadBody: textOf(form, "leadBody"),
      startDate: textOf(form, "startDate"),
      dueDate: textOf(form, "dueDate"),
      ics: form.get("ics") === "yes",
      measureIds: form.getAll("measureIds").map(Number),
      owners: owners.values,
      milestones: milestones.values,
    },
    positions: { owners: owners.positions, milestones: milestones.positions },
  };
}

const DATE_MESSAGES: Record<string, string> = {
  startDate: "Enter the date the action starts",
  dueDate: "Enter the date the action is due",
};

/** Must run after the rows are put back on the page, so the numbers are the page's. */
export function actionMessage(problem: Problem): Problem {
  const field = problem.field ?? "";
  const dated = /YYYY-MM-DD/.test(problem.message);
  const date = DATE_MESSAGES[field];
  if (date && dated) return { field, message: date };
  const owner = /^owners\.(\d+)\.owner$/.exec(field);
  if (owner)
    return { field, message: `Name owner ${Number(owner[1]) + 1} in at least 2 characters` };
  const milestone = /^milestones\.(\d+)\.(title|dueDate)$/.exec(field);
  if (milestone) {
    const n = Number(milestone[1]) + 1;
    if (milestone[2] === "title")
      return { field, message: `Name milestone ${n} in at least 3 characters` };
    if (dated) return { field, message: `Enter the date milestone ${n} is due` };
  }
  return problem;
}
