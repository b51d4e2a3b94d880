/**
 * Improvement plan use cases: the notice with each measure's combined status, the plan's
 * actions with RAG by rule, progress updates (never overwritten), and plan versions
 * approved and locked by the chair. Evidence, new actions and milestones, and the ICS issue
 * log have files of their own (evidence.ts, action-writes.ts, ics-issues.ts).
 */
import { sql } from "drizzle-orm";
import { addMonths, isIsoDate, startOfMonth } from "../calendar/dates.ts";
import { scorecard } from "../performance/service/scorecard.ts";
import { hasPermission } from "../platform/access/roles.ts";
import { audit } from "../platform/audit/service.ts";
import type { Tx } from "../platform/db/database.ts";
import type { AuthenticatedContext } from "../platform/http/context.ts";
import { AppError, badRequest, conflict, forbidden, notFound } from "../platform/http/errors.ts";
import * as repo from "./repo.ts";
import { actionRag } from "./rules/action-rag.ts";

/** The date plans are read as at: the council's reporting date if set (the demo's 2012), else today. */
export async function planDate(tx: Tx, ctx: AuthenticatedContext, asAt?: string): Promise<string> {
  if (asAt !== undefined) {
    if (!isIsoDate(asAt)) throw badRequest(`Not a real date: ${asAt}`, { field: "asAt" });
    return asAt;
  }
  const result = await tx.execute(sql`SELECT value FROM settings WHERE key = 'plan_as_at'`);
  const setting = (result.rows[0] as { value: string } | undefined)?.value;
  return typeof setting === "string" && isIsoDate(setting)
    ? setting
    : ctx.now.toISOString().slice(0, 10);
}

const RAG_ORDER = ["red", "amber", "green", "complete"] as const;

function withRag(action: repo.ActionRow, asAt: string) {
  return { ...action, ...actionRag(action, asAt) };
}

export async function planView(ctx: AuthenticatedContext, tx: Tx, query: { asAt?: string }) {
  const asAt = await planDate(tx, ctx, query.asAt);
  const actions = (await repo.actions(tx, asAt)).map((a) => withRag(a, asAt));
  return {
    asAt,
    actions,
    counts: Object.fromEntries(
      RAG_ORDER.map((r) => [r, actions.filter((a) => a.rag === r).length]),
    ),
    icsIssues: await repo.icsIssues(tx),
    versions: await repo.planVersions(tx),
    canManage: hasPermission(ctx.user.role, "plan.manage"),
    canApprove: hasPermission(ctx.user.role, "plan.approve"),
  };
}

/**
 * The notice, and each measure's combined status: the worst of its actions' RAG and its
 * indicators' RAG for the last whole month before the as-at date, with the counts behind it.
 */
export async function noticeView(ctx: AuthenticatedContext, tx: Tx, query: { asAt?: string }) {
  const notice = await repo.latestNotice(tx);
  if (!notice) return { notice: null, asAt: null, measures: [] };
  const asAt = await planDate(tx, ctx, query.asAt);
  const actions = (await repo.actions(tx, asAt)).map((a) => withRag(a, asAt));
  const month = startOfMonth(addMonths(asAt, -1));
  const figures = await scorecard(ctx, tx, { month }).catch((error: unknown) => {
    if (error instanceof AppError && error.statusCode === 400) return null;
    throw error;
  });
  const evidence = await repo.evidenceFor(tx, "measures");
  const measures = (await repo.measures(tx, notice.id)).map((m) => {
    const linkedActions = actions.filter((a) => a.measureRefs.includes(m.ref));
    const indicators = (figures?.indicators ?? []).filter((i) => m.indicatorIds.includes(i.id));
    const rags = [...linkedActions.map((a) => a.rag), ...indicators.map((i) => i.rag.status)];
    const count = (r: string) => rags.filter((x) => x === r).length;
    const status =
      count("red") > 0 ? "red" : count("amber") > 0 ? "amber" : rags.length > 0 ? "green" : "none";
    const reason =
      rags.length === 0
        ? "Nothing linked to this measure yet"
        : `${count("red")} red, ${count("amber")} amber, ${count("green") + count("complete")} green or complete, of ${linkedActions.length} action(s) and ${indicators.length} indicator(s)`;
    return {
      ...m,
      status,
      reason,
      actions: linkedActions.map((a) => ({
        id: a.id,
        ref: a.ref,
        title: a.title,
        rag: a.rag,
        reason: a.reason,
      })),
      indicators: indicators.map((i) => ({ id: i.id, title: i.title, value: i.value, rag: i.rag })),
      evidence: evidence.filter((e) => e.measureId === m.id),
    };
  });
  return { notice, asAt, indicatorMonth: figures ? month : null, measures };
}

export async function actionView(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: number,
  query: { asAt?: string },
) {
  const asAt = await planDate(tx, ctx, query.asAt);
  const [action] = await repo.actions(tx, asAt, id);
  if (!action) throw notFound("That action");
  return {
    asAt,
    action: withRag(action, asAt),
    updates: await repo.actionUpdates(tx, id),
    evidence: await repo.evidenceFor(tx, { actionId: id }),
    canUpdate: mayUpdate(ctx, action),
  };
}

/** Plan managers, and owners with an account who may update the plan. */
export function mayUpdate(ctx: AuthenticatedContext, action: repo.ActionRow): boolean {
  return (
    hasPermission(ctx.user.role, "plan.manage") ||
    (hasPermission(ctx.user.role, "plan.update") &&
      action.owners.some((o) => o.userId === ctx.user.id))
  );
}

export async function requireUpdatable(ctx: AuthenticatedContext, tx: Tx, id: number) {
  const [action] = await repo.actions(tx, "9999-12-31", id);
  if (!action) throw notFound("That action");
  if (!mayUpdate(ctx, action))
    throw forbidden("Only the action's owners and plan managers can update it.");
  return action;
}

export async function addUpdate(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: number,
  body: {
    onDate: string;
    status: "not_started" | "in_progress" | "complete" | "blocked";
    percentComplete: number;
    text: string;
  },
) {
  await requireUpdatable(ctx, tx, id);
  if (!isIsoDate(body.onDate))
    throw badRequest(`Not a real date: ${body.onDate}`, { field: "onDate" });
  if ((body.status === "complete") !== (body.percentComplete === 100)) {
    throw badRequest("An action is complete exactly when it is 100% complete.", {
      field: "percentComplete",
    });
  }
  const updateId = await repo.insertUpdate(
    tx,
    { ...body, actionId: id },
    { userId: ctx.user.id, at: ctx.now },
  );
  await audit(ctx, tx, {
    action: "plan.action_updated",
    details: { actionId: id, updateId, ...body },
  });
  return { id: updateId };
}

export async function createPlanVersion(ctx: AuthenticatedContext, tx: Tx) {
  const asAt = await planDate(tx, ctx);
  const snapshot = { asAt, actions: (await repo.actions(tx, asAt)).map((a) => withRag(a, asAt)) };
  const versionId = await repo.insertPlanVersion(tx, snapshot, {
    userId: ctx.user.id,
    at: ctx.now,
  });
  await audit(ctx, tx, {
    action: "plan.version_created",
    details: { versionId, actions: snapshot.actions.length },
  });
  return { id: versionId };
}

export async function approvePlanVersion(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: number,
  meetingId: number,
) {
  // The notice gives the plan's approval to the Improvement Board, not to any other body.
  const body = await repo.meetingBodyKey(tx, meetingId);
  if (body === null) throw badRequest("That meeting does not exist.", { field: "meetingId" });
  if (body !== "improvement_board")
    throw badRequest("Only the Improvement Board approves the plan.", { field: "meetingId" });
  const approved = await repo.approvePlanVersion(tx, id, meetingId, {
    userId: ctx.user.id,
    at: ctx.now,
  });
  if (!approved)
    throw conflict("That plan version does not exist or is already approved and locked.");
  await audit(ctx, tx, { action: "plan.version_approved", details: { versionId: id, meetingId } });
  return { id };
}
