/**
 * Child record use cases. Every read of child-level data writes exactly one audit entry in
 * the same transaction; refusals are audited too, so probing is visible.
 */
import { decideChildAccess } from "../platform/access/record-access.ts";
import { AUDIT_ACTIONS } from "../platform/audit/events.ts";
import { queryAudit } from "../platform/audit/repo.ts";
import { audit } from "../platform/audit/service.ts";
import type { Tx } from "../platform/db/database.ts";
import type { AuthenticatedContext } from "../platform/http/context.ts";
import { AppError, notFound } from "../platform/http/errors.ts";
import { childAccessFacts, visibleChildren } from "./access-repo.ts";
import * as repo from "./repo.ts";

export async function listChildren(
  ctx: AuthenticatedContext,
  tx: Tx,
  filter: { search?: string; teamId?: number; limit: number; offset: number },
) {
  const result = await repo.listChildren(tx, visibleChildren(ctx.user, ctx.now), filter);
  await audit(ctx, tx, {
    action: "child.list",
    childIds: result.rows.map((row) => row.id),
    details: { filter },
  });
  return { children: result.rows, total: result.total };
}

/**
 * Checks access to one child, auditing a refusal. Throws 404 for a child that does not
 * exist and 403 (with whether break-glass is possible) for one the user may not see.
 */
async function requireChildAccess(
  ctx: AuthenticatedContext,
  tx: Tx,
  childId: number,
): Promise<string> {
  const facts = await childAccessFacts(tx, ctx.user, childId, ctx.now);
  if (!facts) throw notFound("That child's record");
  const decision = decideChildAccess(ctx.user.role, facts);
  if (decision.allowed) return decision.basis;
  throw new AppError(403, "child_access_denied", "You do not have access to this child's record.", {
    canBreakGlass: decision.canBreakGlass,
  });
}

export async function viewChild(ctx: AuthenticatedContext, tx: Tx, childId: number) {
  const basis = await requireChildAccess(ctx, tx, childId);
  const child = await repo.getChild(tx, childId);
  if (!child) throw notFound("That child's record");
  await audit(ctx, tx, { action: "child.view", childId, details: { basis } });
  return { ...child, accessBasis: basis };
}

/** Refusals are recorded in their own transaction, because the refused request rolls back. */
export async function recordRefusal(
  ctx: AuthenticatedContext,
  tx: Tx,
  childId: number,
): Promise<void> {
  if (await repo.childExists(tx, childId)) {
    await audit(ctx, tx, { action: "child.access_denied", outcome: "denied", childId });
  }
}

export async function breakGlass(
  ctx: AuthenticatedContext,
  tx: Tx,
  childId: number,
  reason: string,
  durationMs: number,
) {
  const facts = await childAccessFacts(tx, ctx.user, childId, ctx.now);
  if (!facts) throw notFound("That child's record");
  const decision = decideChildAccess(ctx.user.role, { ...facts, breakGlassActive: false });
  if (decision.allowed)
    throw new AppError(400, "invalid_request", "You already have access to this child's record.");
  if (!decision.canBreakGlass)
    throw new AppError(403, "forbidden", "Your role cannot use break-glass access.");
  const expiresAt = new Date(ctx.now.getTime() + durationMs);
  await repo.insertBreakGlass(tx, { userId: ctx.user.id, childId, reason, at: ctx.now, expiresAt });
  await audit(ctx, tx, {
    action: "child.break_glass",
    childId,
    reason,
    details: { expiresAt: expiresAt.toISOString() },
  });
  return { expiresAt: expiresAt.toISOString() };
}

export async function setRestriction(
  ctx: AuthenticatedContext,
  tx: Tx,
  childId: number,
  input: { restricted: boolean; userIds: number[]; reason: string },
) {
  if (!(await repo.childExists(tx, childId))) throw notFound("That child's record");
  const before = await repo.restrictedUsers(tx, childId);
  // The person restricting a record keeps access to it, or they could lock themselves out mid-task.
  const userIds = input.restricted ? [...new Set([...input.userIds, ctx.user.id])] : [];
  await repo.setRestriction(tx, childId, input.restricted, userIds);
  await audit(ctx, tx, {
    action: "child.restriction_changed",
    childId,
    reason: input.reason,
    details: { restricted: input.restricted, namedUsersBefore: before, namedUsersAfter: userIds },
  });
  return { ok: true as const };
}

export async function accessLog(ctx: AuthenticatedContext, tx: Tx, childId: number) {
  if (!(await repo.childExists(tx, childId))) throw notFound("That child's record");
  const rows = await queryAudit(tx, { childId, limit: 500 });
  await audit(ctx, tx, { action: "child.access_log_viewed", childId });
  return {
    entries: rows.map((row) => ({
      at: row.at,
      username: row.username,
      role: row.role,
      action: row.action,
      actionLabel: AUDIT_ACTIONS[row.action as keyof typeof AUDIT_ACTIONS] ?? row.action,
      outcome: row.outcome,
      route: row.route,
      reason: row.reason,
    })),
  };
}
