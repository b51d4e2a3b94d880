/**
 * Improvement plan use cases: the notice with each measure's combined status, the plan's
 * actions with RAG by rule, progress updates (never overwritten), evidence, plan versions
 * approved and locked by the chair, and the ICS issue log.
 */
import { createHash } from "node:crypto";
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
    evidence: await repo.evidenceFor(tx, id),
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

async function requireUpdatable(ctx: AuthenticatedContext, tx: Tx, id: number) {
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

/** Evidence files Waymark keeps: documents and images a Board would be shown, nothing executable. */
export const EVIDENCE_TYPES: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  txt: "text/plain",
  csv: "text/csv",
};
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Checks the declared type against the content's first bytes, so a renamed file is refused. */
function contentMatches(extension: string, content: Buffer): boolean {
  const starts = (bytes: number[]) => bytes.every((b, i) => content[i] === b);
  if (extension === "pdf") return starts([0x25, 0x50, 0x44, 0x46]);
  if (["docx", "xlsx", "pptx"].includes(extension)) return starts([0x50, 0x4b, 0x03, 0x04]);
  if (extension === "png") return starts([0x89, 0x50, 0x4e, 0x47]);
  if (extension === "jpg" || extension === "jpeg") return starts([0xff, 0xd8, 0xff]);
  return !content.includes(0); // text: no NUL bytes
}

export async function addEvidence(
  ctx: AuthenticatedContext,
  tx: Tx,
  id: number,
  input: { title: string; url?: string; file?: { name: string; content: Buffer } },
) {
  await requireUpdatable(ctx, tx, id);
  const title = input.title.trim();
  if (title.length < 3 || title.length > 200)
    throw badRequest("Give the evidence a title of 3 to 200 characters.", { field: "title" });
  let record: Parameters<typeof repo.insertEvidence>[1];
  if (input.file) {
    const extension = input.file.name.split(".").pop()?.toLowerCase() ?? "";
    const contentType = EVIDENCE_TYPES[extension];
    if (!contentType) {
      throw badRequest(
        `${input.file.name}: only ${Object.keys(EVIDENCE_TYPES).join(", ")} files can be attached.`,
        { field: "file" },
      );
    }
    if (input.file.content.length === 0)
      throw badRequest(`${input.file.name} is empty.`, { field: "file" });
    if (!contentMatches(extension, input.file.content)) {
      throw badRequest(`${input.file.name} is not really a .${extension} file.`, { field: "file" });
    }
    record = {
      actionId: id,
      kind: "file",
      title,
      url: null,
      fileName: input.file.name,
      contentType,
      content: input.file.content,
      sha256: createHash("sha256").update(input.file.content).digest("hex"),
    };
  } else if (input.url) {
    let url: URL;
    try {
      url = new URL(input.url);
    } catch {
      throw badRequest("The link is not a web address.", { field: "url" });
    }
    if (url.protocol !== "https:" && url.protocol !== "http:")
      throw badRequest("Links must be http or https.", { field: "url" });
    record = {
      actionId: id,
      kind: "link",
      title,
      url: url.toString(),
      fileName: null,
      contentType: null,
      content: null,
      sha256: null,
    };
  } else {
    throw badRequest("Attach a file or give a link.", { field: "file" });
  }
  const evidenceId = await repo.insertEvidence(tx, record, { userId: ctx.user.id, at: ctx.now });
  await audit(ctx, tx, {
    action: "plan.evidence_added",
    details: {
      actionId: id,
      evidenceId,
      kind: record.kind,
      fileName: record.fileName,
      sha256: record.sha256,
      url: record.url,
    },
  });
  return { id: evidenceId };
}

export async function evidenceDownload(ctx: AuthenticatedContext, tx: Tx, id: number) {
  const file = await repo.evidenceFile(tx, id);
  if (!file) throw notFound("That evidence file");
  await audit(ctx, tx, {
    action: "plan.evidence_downloaded",
    details: { evidenceId: id, actionId: file.actionId },
  });
  return file;
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
  const meeting = await tx.execute(sql`SELECT id FROM meetings WHERE id = ${meetingId}`);
  if (meeting.rows.length === 0)
    throw badRequest("That meeting does not exist.", { field: "meetingId" });
  const approved = await repo.approvePlanVersion(tx, id, meetingId, {
    userId: ctx.user.id,
    at: ctx.now,
  });
  if (!approved)
    throw conflict("That plan version does not exist or is already approved and locked.");
  await audit(ctx, tx, { action: "plan.version_approved", details: { versionId: id, meetingId } });
  return { id };
}
