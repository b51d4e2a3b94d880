/**
 * Problems from two sources in one shape: the shared Zod request schemas (checked before
 * sending, so a missing field is reported at once) and the server's error answers.
 */
import type { z } from "zod";
import { ApiError, type Problem } from "../api-client.ts";

/** "teamIds.0" names the same input as "teamIds": inputs are named after API fields. */
export function fieldIdFor(field: string): string {
  return field.split(".")[0] ?? field;
}

export function problemFor(problems: Problem[], field: string): string | undefined {
  return problems.find((problem) => problem.field && fieldIdFor(problem.field) === field)?.message;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

export function check<S extends z.ZodType>(schema: S, value: unknown): Checked<z.infer<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      field: issue.path.length > 0 ? issue.path.map(String).join(".") : null,
      message: issue.message,
    })),
  };
}

export function problemsOf(error: unknown): Problem[] {
  if (error instanceof ApiError) return error.problems;
  return [{ field: null, message: "Something went wrong. Try again." }];
}

/** Lists problems in the order their fields appear on the page, as GOV.UK asks. */
export function inFieldOrder(problems: Problem[], fields: string[]): Problem[] {
  const rank = (problem: Problem) => {
    const index = problem.field ? fields.indexOf(fieldIdFor(problem.field)) : -1;
    return index === -1 ? fields.length : index;
  };
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

/**
 * A form's own checks, in its words: each field's message from `messages` where it has one
 * (the schema's words otherwise), listed in the order the fields stand on the page.
 */
export function inFormWords(
  problems: Problem[],
  messages: Record<string, string>,
  fields: string[],
): Problem[] {
  return inFieldOrder(
    problems.map((p) => ({
      field: p.field,
      message: (p.field && messages[fieldIdFor(p.field)]) || p.message,
    })),
    fields,
  );
}
