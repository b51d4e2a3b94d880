/**
 * Quarterly progress reports to the minister: the notice asks the chair for "quarterly
 * progress reports including specific commentary against the targets set out in this
 * notice". The chair writes commentary against each measure (kept as history: a new entry
 * supersedes, never overwrites), and the report is generated as a pack signed off at the
 * Improvement Board's last meeting on or before its due date, with the same snapshot,
 * suppression and reproducibility as a Board pack.
 */
import { noticeView, planDate } from "../plan/service.ts";
import { hasPermission } from "../platform/access/roles.ts";
import { audit } from "../platform/audit/service.ts";
import type { Tx } from "../platform/db/database.ts";
import type { AuthenticatedContext } from "../platform/http/context.ts";
import { badRequest, notFound } from "../platform/http/errors.ts";
import type { PackAudience } from "./packs/pack-data.ts";
import * as repo from "./repo.ts";
import { itemState } from "./rules/reporting-calendar.ts";
import { generatePack } from "./service.ts";

async function quarterlyReport(tx: Tx, id: number) {
  const item = await repo.reportingItem(tx, id);
  if (item?.kind !== "quarterly_report") throw notFound("That quarterly report");
  return item;
}

async function signOffMeeting(tx: Tx, dueDate: string): Promise<number> {
  const meetingId = await repo.signOffMeeting(tx, dueDate);
  if (meetingId === null)
    throw badRequest(
      `There is no Improvement Board meeting on or before ${dueDate} to sign this report off.`,
    );
  return meetingId;
}

export async function reportView(ctx: AuthenticatedContext, tx: Tx, id: number) {
  const item = await quarterlyReport(tx, id);
  const meetingId = await repo.signOffMeeting(tx, item.dueDate);
  const meeting = meetingId === null ? null : await repo.meeting(tx, meetingId);
  const notice = await noticeView(ctx, tx, { asAt: meeting?.date ?? item.dueDate });
  const entries = await repo.measureCommentary(tx, id);
  const suppressedOnly = !hasPermission(ctx.user.role, "aggregate.unsuppressed");
  const today = await planDate(tx, ctx);
  return {
    item: { ...item, ...itemState(item, today) },
    meeting: meeting ? { id: meeting.id, title: meeting.title, date: meeting.date } : null,
    measures: notice.measures.map((m) => {
      const history = entries.filter((c) => c.measureId === m.id).reverse();
      return {
        id: m.id,
        ref: m.ref,
        group: m.group,
        text: m.text,
        status: m.status,
        reason: m.reason,
        commentary: history[0] ?? null,
        history,
      };
    }),
    packs: (await repo.packs(tx, { reportingItemId: id })).filter(
      (p) => !suppressedOnly || p.audience === "members",
    ),
    canWrite: hasPermission(ctx.user.role, "reports.write"),
    canGenerate: hasPermission(ctx.user.role, "packs.generate"),
  };
}

export async function addMeasureCommentary(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: number,
  body: { measureId: number; text: string },
) {
  await quarterlyReport(tx, id);
  const notice = await noticeView(ctx, tx, {});
  if (!notice.measures.some((m) => m.id === body.measureId))
    throw badRequest("That measure is not in the notice.", { field: "measureId" });
  const entryId = await repo.insertMeasureCommentary(
    tx,
    { reportingItemId: id, measureId: body.measureId, text: body.text },
    { userId: ctx.user.id > 0 ? ctx.user.id : null, at: ctx.now },
  );
  await audit(ctx, tx, {
    action: "board.report_commentary",
    details: { reportingItemId: id, measureId: body.measureId, entryId },
  });
  return { id: entryId };
}

export async function generateReport(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: number,
  audience: PackAudience,
) {
  const item = await quarterlyReport(tx, id);
  const meetingId = await signOffMeeting(tx, item.dueDate);
  const view = await reportView(ctx, tx, id);
  const commentary = Object.fromEntries(
    view.measures.flatMap((m) => (m.commentary ? [[m.ref, m.commentary.text]] : [])),
  );
  return generatePack(ctx, tx, meetingId, audience, {
    reportingItemId: id,
    title: item.title,
    dueDate: item.dueDate,
    commentary,
  });
}
