/**
 * Lists of rows a user fills in (a notice's measures, an action's owners and milestones,
 * a body's members). Rows left entirely blank are not sent, so the server's messages
 * ("milestones.1.dueDate") count only the rows it was sent; these helpers remember where
 * each sent row sits on the page and put each message back against the row it is about.
 */
import type { Problem } from "../api-client.ts";

export interface FilledRows<T> {
  values: T[];
  /** For each sent row, its index on the page. */
  positions: number[];
}

export function filledRows<T>(rows: T[], isBlank: (row: T) => boolean): FilledRows<T> {
  const values: T[] = [];
  const positions: number[] = [];
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    values.push(row);
    positions.push(index);
  });
  return { values, positions };
}

/** "milestones.1.dueDate" about the second row sent becomes the path of that row on the page. */
export function onPage(field: string, list: string, positions: number[]): string {
  const parts = field.split(".");
  if (parts[0] !== list || parts.length < 2) return field;
  const sent = Number(parts[1]);
  const position = positions[sent];
  if (!Number.isInteger(sent) || position === undefined) return field;
  return [list, String(position), ...parts.slice(2)].join(".");
}

/** Every problem's field put back on the page, for each list the form sends. */
export function problemsOnPage(problems: Problem[], lists: Record<string, number[]>): Problem[] {
  return problems.map((problem) => {
    if (!problem.field) return problem;
    const list = problem.field.split(".")[0] ?? "";
    const positions = lists[list];
    return positions ? { ...problem, field: onPage(problem.field, list, positions) } : problem;
  });
}

/** An input's id from its field path: "milestones.0.title" is "milestones-0-title". */
export function inputId(field: string): string {
  return field.replaceAll(".", "-");
}

/** The text of a form value, trimmed; FormData gives null for a missing input. */
export function textOf(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** The first problem about this field or anything inside it ("measures.0.indicatorIds.2"). */
export function problemAt(problems: Problem[], field: string): string | undefined {
  return problems.find((p) => p.field === field || p.field?.startsWith(`${field}.`))?.message;
}

/** The first problem about the list itself ("Name each owner once"), not one of its rows. */
export function problemWith(problems: Problem[], list: string): string | undefined {
  return problems.find((p) => p.field === list)?.message;
}
