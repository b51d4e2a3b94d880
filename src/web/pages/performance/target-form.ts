/**
 * Reading the target form: turning its inputs into the API's request (with plain-English
 * problems for anything that is not a number), naming the input each problem is about,
 * and placing the server's target-rule problems on the inputs they concern.
 */
import { targetRequest } from "../../../performance/api.ts";
import { ApiError, type Problem } from "../../api-client.ts";
import { type Checked, check, problemsOf } from "../../components/problems.ts";

export interface StepText {
  from: string;
  value: string;
}

export interface TargetFormText {
  steps: StepText[];
  toleranceKind: string;
  toleranceAmount: string;
  targetDate: string;
  agreedBy: string;
  agreedAt: string;
  agreedOn: string;
  changeReason: string;
}

/** Every input on the page, in order, so the error summary lists problems in that order. */
export function fieldOrder(stepCount: number): string[] {
  const steps = Array.from({ length: stepCount }, (_, i) => [`step-${i}-from`, `step-${i}-value`]);
  return [
    ...steps.flat(),
    "toleranceKind",
    "toleranceAmount",
    "targetDate",
    "agreedBy",
    "agreedAt",
    "agreedOn",
    "changeReason",
  ];
}

/**
 * The input an API field path ("steps.1.value", "tolerance.amount") is about. An input id
 * maps to itself, so problems can be mapped more than once.
 */
export function targetFieldId(field: string): string {
  const step = /^steps\.(\d+)\.(from|value)/.exec(field);
  if (step) return `step-${step[1]}-${step[2]}`;
  if (field === "steps" || field.startsWith("steps.")) return "step-0-from";
  if (field === "tolerance.amount") return "toleranceAmount";
  if (field === "tolerance" || field.startsWith("tolerance.")) return "toleranceKind";
  return field;
}

function number(text: string): number {
  return text.trim() === "" ? Number.NaN : Number(text.trim());
}

const DATE_NAMES: Record<string, string> = {
  targetDate: "the target date",
  agreedOn: "the date it was agreed",
};

/**
 * The schema's messages are short ("Use a date written YYYY-MM-DD") and the same for
 * every date, so in an error summary they say which date they are about.
 */
export function explained(problems: Problem[]): Problem[] {
  return problems.map((problem) => {
    const id = problem.field ? targetFieldId(problem.field) : "";
    const step = /^step-(\d+)-from$/.exec(id);
    const date = step ? `the date step ${Number(step[1]) + 1} starts` : DATE_NAMES[id];
    if (date && problem.message.includes("YYYY-MM-DD"))
      return { ...problem, message: `Enter ${date} as YYYY-MM-DD, like 2013-04-01` };
    if (id === "toleranceAmount" && !problem.message.startsWith("Enter"))
      return { ...problem, message: "The tolerance must be between 0 and 100" };
    return problem;
  });
}

export function readTarget(text: TargetFormText): Checked<ReturnType<typeof targetRequest.parse>> {
  const problems: Problem[] = [];
  text.steps.forEach((step, i) => {
    if (Number.isNaN(number(step.value)))
      problems.push({
        field: `steps.${i}.value`,
        message: `Enter step ${i + 1}'s target as a number, like 85`,
      });
  });
  if (text.toleranceKind === "")
    problems.push({
      field: "tolerance.kind",
      message: "Say whether the tolerance is in points or per cent",
    });
  if (Number.isNaN(number(text.toleranceAmount)))
    problems.push({
      field: "tolerance.amount",
      message: "Enter the tolerance as a number, like 5",
    });
  const checked = check(targetRequest, {
    steps: text.steps.map((s) => ({ from: s.from.trim(), value: number(s.value) })),
    tolerance: { kind: text.toleranceKind, amount: number(text.toleranceAmount) },
    targetDate: text.targetDate.trim(),
    agreedBy: text.agreedBy,
    agreedAt: text.agreedAt,
    agreedOn: text.agreedOn.trim(),
    changeReason: text.changeReason.trim() || null,
  });
  if (problems.length > 0) {
    // Keep the schema's other problems, but not its second word on a number already reported.
    const reported = new Set(problems.map((p) => p.field));
    const others = checked.ok ? [] : checked.problems.filter((p) => !reported.has(p.field));
    return { ok: false, problems: explained([...problems, ...others]) };
  }
  return checked.ok ? checked : { ok: false, problems: explained(checked.problems) };
}

/** The server's target-rule codes, and the input each is about. */
const CODE_FIELDS: Record<string, string> = {
  TARGET_NO_STEPS: "steps",
  TARGET_STEP_DATE_INVALID: "steps.0.from",
  TARGET_STEP_DATE_DUPLICATE: "steps.0.from",
  TARGET_VALUE_INVALID: "steps.0.value",
  TARGET_VALUE_TOO_PRECISE: "steps.0.value",
  TARGET_TOLERANCE_INVALID: "tolerance.amount",
  TARGET_DATE_INVALID: "targetDate",
  TARGET_DATE_BEFORE_FIRST_STEP: "targetDate",
};

/**
 * The server answers a target that breaks its rules with `details.problems` (a code and
 * message each) rather than field names, so each code is placed on its input here.
 */
export function targetProblems(error: unknown): Problem[] {
  if (error instanceof ApiError && typeof error.details === "object" && error.details !== null) {
    const list = (error.details as { problems?: unknown }).problems;
    if (Array.isArray(list)) {
      return list.flatMap((item): Problem[] => {
        const { code, message } = (item ?? {}) as { code?: unknown; message?: unknown };
        if (typeof message !== "string") return [];
        return [{ field: (typeof code === "string" && CODE_FIELDS[code]) || null, message }];
      });
    }
  }
  return explained(problemsOf(error));
}
