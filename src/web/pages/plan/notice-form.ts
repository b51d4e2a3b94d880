/**
 * The record-the-notice form read into the API's request, and its problems in words for
 * the person filling it in. Pure, so it is tested without a browser.
 */
import type { Problem } from "../../api-client.ts";
import { filledRows, textOf } from "../../components/rows.ts";

export interface MeasureValues {
  group: string;
  text: string;
  indicatorIds: string[];
}

export interface NoticeValues {
  issuedBy: string;
  issuedOn: string;
  services: string;
  evidence: string;
  reference: string | null;
  planApprovalDeadline: string;
  measures: MeasureValues[];
}

/** The notice's headings, in its order, as the form offers them. */
export const NOTICE_HEADINGS = [
  { value: "social_care_practice", label: "Social care practice" },
  { value: "capacity_and_capability", label: "Capacity and capability" },
  { value: "partnership_and_governance", label: "Partnership and governance" },
  { value: "support", label: "Support measures" },
];

/** `rows` is how many measure rows are on the page; wholly blank ones are not sent. */
export function readNotice(
  form: FormData,
  rows: number,
): { body: NoticeValues; positions: number[] } {
  const measures = Array.from({ length: rows }, (_, i) => ({
    group: textOf(form, `measures.${i}.group`),
    text: textOf(form, `measures.${i}.text`),
    indicatorIds: form.getAll(`measures.${i}.indicatorIds`).map(String),
  }));
  const kept = filledRows(measures, (m) => m.text === "" && m.indicatorIds.length === 0);
  return {
    body: {
      issuedBy: textOf(form, "issuedBy"),
      issuedOn: textOf(form, "issuedOn"),
      services: textOf(form, "services"),
      evidence: textOf(form, "evidence"),
      reference: textOf(form, "reference") || null,
      planApprovalDeadline: textOf(form, "planApprovalDeadline"),
      measures: kept.values,
    },
    positions: kept.positions,
  };
}

const DATE_MESSAGES: Record<string, string> = {
  issuedOn: "Enter the date the notice was issued",
  planApprovalDeadline: "Enter the date the plan must be approved by",
};

/**
 * The shared schema's messages name no row and some are written for developers; these
 * say which measure and what to do. Must run after the rows are put back on the page.
 */
export function noticeMessage(problem: Problem): Problem {
  const field = problem.field ?? "";
  const date = DATE_MESSAGES[field];
  if (date && /YYYY-MM-DD/.test(problem.message)) return { field, message: date };
  const row = /^measures\.(\d+)\.(group|text)$/.exec(field);
  if (row) {
    const n = Number(row[1]) + 1;
    const message =
      row[2] === "group"
        ? `Choose the heading for measure ${n}`
        : `Write measure ${n} in full, in at least 10 characters`;
    return { field, message };
  }
  return problem;
}
