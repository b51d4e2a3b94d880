/**
 * Improvement Board use cases: bodies, meetings (minutes, attendance, decisions, actions),
 * the reporting calendar, and board packs generated from a locked snapshot.
 */
import { createHash } from "node:crypto";
import { addDays, isIsoDate } from "../calendar/dates.ts";
import * as planRepo from "../plan/repo.ts";
import { planDate } from "../plan/service.ts";
import { hasPermission } from "../platform/access/roles.ts";
import { audit } from "../platform/audit/service.ts";
import type { Tx } from "../platform/db/database.ts";
import type { AuthenticatedContext } from "../platform/http/context.ts";
import { AppError, badRequest, conflict, forbidden, notFound } from "../platform/http/errors.ts";
import {
  gatherPackData,
  type PackAudience,
  type PackData,
  type PackReport,
} from "./packs/pack-data.ts";
import { renderPackHtml } from "./packs/render-html.ts";
import { renderPackPdf } from "./packs/render-pdf.ts";
import * as repo from "./repo.ts";
import { itemState } from "./rules/reporting-calendar.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** Who did it; the command line's principal (id 0, see cli/board-pack.ts) is recorded as nobody. */
const by = (ctx: AuthenticatedContext) => ({
  userId: ctx.user.id > 0 ? ctx.user.id : null,
  at: ctx.now,
});

export async function listMeetings(ctx: AuthenticatedContext, tx: Tx) {
  return {
    bodies: await repo.bodies(tx),
    meetings: await repo.meetings(tx),
    today: await planDate(tx, ctx),
  };
}

export async function meetingView(ctx: AuthenticatedContext, tx: Tx, id: number) {
  const meeting = await repo.meeting(tx, id);
  if (!meeting) throw notFound("That meeting");
  const role = ctx.user.role;
  return {
    meeting,
    packs: (await repo.packs(tx, { meetingId: id })).filter((p) => mayReadPack(ctx, p.audience)),
    planVersions: await planRepo.planVersions(tx),
    canRecord: hasPermission(role, "board.record"),
    canGeneratePacks: hasPermission(role, "packs.generate"),
    canApprovePlan: hasPermission(role, "plan.approve"),
  };
}

async function requireMeeting(tx: Tx, id: number) {
  const meeting = await repo.meeting(tx, id);
  if (!meeting) throw notFound("That meeting");
  return meeting;
}

export async function recordDecision(
  ctx: AuthenticatedContext,
  tx: Tx,
  meetingId: number,
  text: string,
) {
  await requireMeeting(tx, meetingId);
  const id = await repo.insertDecision(tx, meetingId, text, by(ctx));
  await audit(ctx, tx, {
    action: "board.decision_recorded",
    details: { meetingId, decisionId: id },
  });
  return { id };
}

export async function recordBoardAction(
  ctx: AuthenticatedContext,
  tx: Tx,
  meetingId: number,
  body: { text: string; owner: string; dueDate: string },
) {
  const meeting = await requireMeeting(tx, meetingId);
  if (!isIsoDate(body.dueDate))
    throw badRequest(`Not a real date: ${body.dueDate}`, { field: "dueDate" });
  if (body.dueDate < meeting.date)
    throw badRequest("An action cannot be due before the meeting that set it.", {
      field: "dueDate",
    });
  const id = await repo.insertBoardAction(tx, { ...body, meetingId }, by(ctx));
  await audit(ctx, tx, {
    action: "board.action_recorded",
    details: { meetingId, actionId: id, ...body },
  });
  return { id };
}

export async function markActionDone(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: number,
  doneOn: string,
) {
  if (!isIsoDate(doneOn)) throw badRequest(`Not a real date: ${doneOn}`, { field: "doneOn" });
  if (!(await repo.markBoardActionDone(tx, id, doneOn)))
    throw conflict("That action does not exist or is already done.");
  await audit(ctx, tx, { action: "board.action_done", details: { actionId: id, doneOn } });
  return { id };
}

export async function saveMinutes(
  ctx: AuthenticatedContext,
  tx: Tx,
  meetingId: number,
  body: { minutes: string; attendance: { memberId: number; present: boolean }[] },
) {
  const meeting = await requireMeeting(tx, meetingId);
  const members = new Set(meeting.attendance.map((a) => a.memberId));
  const stranger = body.attendance.find((a) => !members.has(a.memberId));
  if (stranger)
    throw badRequest(`Member ${stranger.memberId} is not a member of ${meeting.bodyName}.`, {
      field: "attendance",
    });
  await repo.saveMinutes(tx, meetingId, body.minutes, body.attendance);
  await audit(ctx, tx, {
    action: "board.minutes_saved",
    details: { meetingId, present: body.attendance.filter((a) => a.present).length },
  });
  return { id: meetingId };
}

/**
 * Board actions with what is due: reminders 7 days before and on the due date, and the
 * overdue list, as at the council's reporting date.
 */
export async function actionsView(ctx: AuthenticatedContext, tx: Tx) {
  const today = await planDate(tx, ctx);
  const weekAhead = addDays(today, 7);
  const actions = (await repo.boardActions(tx)).map((a) => {
    const state =
      a.doneOn !== null
        ? "done"
        : a.dueDate < today
          ? "overdue"
          : a.dueDate === today
            ? "due_today"
            : a.dueDate <= weekAhead
              ? "due_this_week"
              : "open";
    return { ...a, state };
  });
  return {
    today,
    actions,
    reminders: actions.filter((a) => a.state === "due_today" || a.state === "due_this_week"),
    overdue: actions.filter((a) => a.state === "overdue"),
  };
}

export async function calendarView(ctx: AuthenticatedContext, tx: Tx) {
  const today = await planDate(tx, ctx);
  const items = (await repo.reportingItems(tx)).map((item) => ({
    ...item,
    ...itemState(item, today),
  }));
  return { today, items, canUpdate: hasPermission(ctx.user.role, "calendar.update") };
}

export async function markDelivered(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: number,
  body: { deliveredOn: string; note: string | null },
) {
  if (!isIsoDate(body.deliveredOn))
    throw badRequest(`Not a real date: ${body.deliveredOn}`, { field: "deliveredOn" });
  if (!(await repo.markDelivered(tx, id, body.deliveredOn, body.note)))
    throw conflict("That item does not exist or is already delivered.");
  await audit(ctx, tx, { action: "board.calendar_delivered", details: { itemId: id, ...body } });
  return { id };
}

/** Observers and elected members may only ever have the suppressed pack. */
function mayReadPack(ctx: AuthenticatedContext, audience: string): boolean {
  return audience === "members" || hasPermission(ctx.user.role, "aggregate.unsuppressed");
}

/** Generating the Board's (unsuppressed) pack needs the right to see unsuppressed figures. */
export function requireAudienceAllowed(ctx: AuthenticatedContext, audience: PackAudience): void {
  if (audience === "board" && !hasPermission(ctx.user.role, "aggregate.unsuppressed"))
    throw forbidden("Only those who see unsuppressed figures can generate the Board's pack.");
}

/**
 * A pack for a meeting, or (with `report`) a quarterly report to the minister signed off
 * at it: the snapshot is gathered, stored, and its HTML hashed, all in one transaction.
 */
export async function generatePack(
  ctx: AuthenticatedContext,
  tx: Tx,
  meetingId: number,
  audience: PackAudience,
  report?: PackReport,
) {
  requireAudienceAllowed(ctx, audience);
  const gathered = await gatherPackData(ctx, tx, meetingId, audience);
  const data = await repo.asStoredJson(tx, report ? { ...gathered, report } : gathered);
  const html = renderPackHtml(data);
  const id = await repo.insertPack(
    tx,
    {
      meetingId,
      reportingItemId: report?.reportingItemId ?? null,
      audience,
      snapshot: data,
      htmlSha256: sha256(html),
    },
    by(ctx),
  );
  await audit(ctx, tx, {
    action: "board.pack_generated",
    details: {
      packId: id,
      meetingId,
      audience,
      reportingItemId: report?.reportingItemId ?? null,
      provenance: data.provenance,
    },
  });
  return { id };
}

/**
 * Rebuilds a pack from its snapshot and checks it against the hash taken when it was made:
 * a pack that would come out differently is refused rather than served.
 */
export async function packDocument(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: number,
  format: "html" | "pdf",
) {
  const pack = await repo.pack(tx, id);
  if (!pack) throw notFound("That board pack");
  if (!mayReadPack(ctx, pack.audience)) throw forbidden("This pack is for the Board only.");
  const data = pack.snapshot as PackData;
  const html = renderPackHtml(data);
  if (sha256(html) !== pack.htmlSha256) {
    throw new AppError(
      500,
      "pack_not_reproducible",
      "This pack no longer rebuilds exactly from its snapshot; generate a new one.",
    );
  }
  await audit(ctx, tx, {
    action: "board.pack_downloaded",
    details: { packId: id, format, audience: pack.audience },
  });
  const name = `${data.report?.title ?? data.meeting.title} ${data.audience}`
    .replace(/[^\w\- ]/g, "")
    .replace(/ +/g, "-");
  return format === "html"
    ? { body: html, contentType: "text/html; charset=utf-8", fileName: `${name}.html` }
    : { body: await renderPackPdf(data), contentType: "application/pdf", fileName: `${name}.pdf` };
}
