/**
 * Recording the council's Improvement Notice: who issued it and when, the services and
 * the evidence it cites, and its measures under the notice's own headings. The reporting
 * calendar the notice sets (initial report in six weeks, monthly Boards, quarterly
 * reports, reviews at 6, 12 and 18 months, plan approval) is generated from it in the
 * same transaction. Waymark runs one notice at a time.
 */
import { isIsoDate } from "../calendar/dates.ts";
import { isIndicatorId } from "../performance/indicators/definitions.ts";
import * as planRepo from "../plan/repo.ts";
import { audit } from "../platform/audit/service.ts";
import type { Tx } from "../platform/db/database.ts";
import type { AuthenticatedContext } from "../platform/http/context.ts";
import { badRequest, conflict } from "../platform/http/errors.ts";
import * as repo from "./repo.ts";
import { reportingCalendar } from "./rules/reporting-calendar.ts";

export const MEASURE_GROUPS = {
  social_care_practice: "SCP",
  capacity_and_capability: "CC",
  partnership_and_governance: "PG",
  support: "SM",
} as const;
export type MeasureGroup = keyof typeof MEASURE_GROUPS;

export interface NewNotice {
  issuedBy: string;
  issuedOn: string;
  services: string;
  evidence: string;
  reference: string | null;
  planApprovalDeadline: string;
  measures: { group: MeasureGroup; text: string; indicatorIds: string[] }[];
}

export async function recordNotice(ctx: AuthenticatedContext, tx: Tx, body: NewNotice) {
  for (const field of ["issuedOn", "planApprovalDeadline"] as const) {
    if (!isIsoDate(body[field])) throw badRequest(`Not a real date: ${body[field]}`, { field });
  }
  if (body.planApprovalDeadline < body.issuedOn)
    throw badRequest("The plan cannot be due for approval before the notice was issued.", {
      field: "planApprovalDeadline",
    });
  body.measures.forEach((m, i) => {
    const unknown = m.indicatorIds.find((id) => !isIndicatorId(id));
    if (unknown !== undefined)
      throw badRequest(`No indicator called ${unknown}.`, {
        field: `measures.${i}.indicatorIds`,
      });
  });
  if (await planRepo.latestNotice(tx))
    throw conflict("A notice is already recorded; Waymark runs one notice at a time.");
  const noticeId = await planRepo.insertNotice(tx, body);
  const counts = new Map<MeasureGroup, number>();
  for (const [ordinal, m] of body.measures.entries()) {
    const n = (counts.get(m.group) ?? 0) + 1;
    counts.set(m.group, n);
    await planRepo.insertMeasure(tx, {
      noticeId,
      ref: `${MEASURE_GROUPS[m.group]}${n}`,
      group: m.group,
      text: m.text,
      ordinal,
      indicatorIds: m.indicatorIds,
    });
  }
  const calendar = reportingCalendar(body);
  for (const item of calendar) await repo.insertReportingItem(tx, { noticeId, ...item });
  await audit(ctx, tx, {
    action: "plan.notice_recorded",
    details: { noticeId, issuedOn: body.issuedOn, measures: body.measures.length },
  });
  return { id: noticeId, reportingItems: calendar.length };
}
