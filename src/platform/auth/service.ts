/**
 * Sign-in, sessions and own-account use cases. Sessions are opaque tokens stored hashed;
 * they end on sign-out, after 30 idle minutes, 12 hours after sign-in, or when the account
 * is disabled.
 */

import type { Pool } from "pg";
import { isRole } from "../access/roles.ts";
import { audit } from "../audit/service.ts";
import type { WaymarkConfig } from "../config.ts";
import type { Tx } from "../db/database.ts";
import type { AuthenticatedContext, RequestContext, SignedInUser } from "../http/context.ts";
import { AppError, badRequest } from "../http/errors.ts";
import { hashPassword, passwordProblem, timingDummyHash, verifyPassword } from "./passwords.ts";
import * as repo from "./repo.ts";
import { hashToken, newToken } from "./tokens.ts";

/** Touching a session on every request would write on every read; a minute's slack is harmless against a 30-minute limit. */
const TOUCH_AFTER_MS = 30_000;

export type SessionPolicy = Pick<
  WaymarkConfig,
  "idleTimeoutMs" | "absoluteTimeoutMs" | "signInFailureLimit" | "signInFailureWindowMs"
>;

export const SIGN_IN_REFUSED = "The username or password is not right.";

function toSignedInUser(row: Omit<repo.UserRow, "passwordHash">): SignedInUser | null {
  if (!isRole(row.role)) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    teamIds: row.teamIds,
    mustChangePassword: row.mustChangePassword,
  };
}

export type SignInResult =
  | { ok: true; token: string; csrfToken: string; user: SignedInUser }
  | { ok: false; reason: "refused" | "throttled" };

export async function signIn(
  ctx: RequestContext,
  tx: Tx,
  policy: SessionPolicy,
  input: { username: string; password: string },
): Promise<SignInResult> {
  const usernameKey = input.username.trim().toLowerCase();
  const since = new Date(ctx.now.getTime() - policy.signInFailureWindowMs);
  const failures = await repo.countRecentFailures(tx, usernameKey, since);
  const user = await repo.findUserByUsername(tx, usernameKey);
  const subject = { userId: user?.id ?? null, username: usernameKey, role: user?.role ?? null };

  if (failures >= policy.signInFailureLimit) {
    await audit(ctx, tx, { action: "auth.sign_in_throttled", outcome: "denied", subject });
    return { ok: false, reason: "throttled" };
  }

  // Always verify against some hash so unknown and disabled users take as long as a wrong password.
  const passwordMatches = await verifyPassword(
    user?.passwordHash ?? (await timingDummyHash()),
    input.password,
  );
  const signedIn = user && passwordMatches && !user.disabled ? toSignedInUser(user) : null;
  if (!signedIn || !user) {
    await repo.recordSignInFailure(tx, usernameKey, ctx.ip, ctx.now);
    await audit(ctx, tx, {
      action: "auth.sign_in_failed",
      outcome: "failure",
      subject,
      details: {
        why: !user ? "unknown user" : user.disabled ? "account disabled" : "wrong password",
      },
    });
    return { ok: false, reason: "refused" };
  }

  const token = newToken();
  const csrfToken = newToken();
  const sessionId = await repo.insertSession(tx, {
    tokenHash: hashToken(token),
    csrfToken,
    userId: user.id,
    at: ctx.now,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
  });
  await audit(ctx, tx, { action: "auth.sign_in", subject, details: { sessionId } });
  return { ok: true, token, csrfToken, user: signedIn };
}

export type SessionLookup =
  | { ok: true; user: SignedInUser; sessionId: number; csrfToken: string }
  | { ok: false; reason: "unknown" | "idle" | "expired" | "disabled" };

/**
 * Resolves a cookie to a live session, ending it if it has timed out. It runs on every
 * request, so the lookup is a prepared statement on the pool.
 */
export async function resolveSession(
  pool: Pool,
  prepared: boolean,
  tx: Tx,
  policy: SessionPolicy,
  token: string,
  now: Date,
): Promise<SessionLookup> {
  const session = await repo.lookupLiveSession(pool, hashToken(token), prepared);
  if (!session) return { ok: false, reason: "unknown" };
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  const age = now.getTime() - session.createdAt.getTime();
  const ending = session.user.disabled
    ? "disabled"
    : age > policy.absoluteTimeoutMs
      ? "expired"
      : idleFor > policy.idleTimeoutMs
        ? "idle"
        : null;
  if (ending) {
    await repo.endSession(tx, session.sessionId, now, ending);
    return { ok: false, reason: ending };
  }
  const user = toSignedInUser(session.user);
  if (!user) return { ok: false, reason: "unknown" };
  if (idleFor > TOUCH_AFTER_MS) await repo.touchSession(tx, session.sessionId, now);
  return { ok: true, user, sessionId: session.sessionId, csrfToken: session.csrfToken };
}

export async function signOut(ctx: AuthenticatedContext, tx: Tx): Promise<void> {
  await repo.endSession(tx, ctx.sessionId, ctx.now, "signed_out");
  await audit(ctx, tx, { action: "auth.sign_out", details: { sessionId: ctx.sessionId } });
}

export async function listOwnSessions(ctx: AuthenticatedContext, tx: Tx) {
  const sessions = await repo.listLiveSessions(tx, ctx.user.id);
  return sessions.map((session) => ({ ...session, current: session.id === ctx.sessionId }));
}

export async function endOwnSession(
  ctx: AuthenticatedContext,
  tx: Tx,
  sessionId: number,
): Promise<void> {
  const own = await repo.listLiveSessions(tx, ctx.user.id);
  if (!own.some((session) => session.id === sessionId)) {
    throw new AppError(
      404,
      "not_found",
      "That session was not found among your signed-in sessions.",
    );
  }
  await repo.endSession(tx, sessionId, ctx.now, "ended_by_user");
  await audit(ctx, tx, { action: "auth.session_ended", details: { sessionId } });
}

export async function changeOwnPassword(
  ctx: AuthenticatedContext,
  tx: Tx,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await repo.findUserById(tx, ctx.user.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badRequest("Your current password is not right.", { field: "currentPassword" });
  }
  const problem = passwordProblem(input.newPassword, { username: user.username });
  if (problem) throw badRequest(problem, { field: "newPassword" });
  await repo.updatePasswordHash(tx, user.id, await hashPassword(input.newPassword), false, ctx.now);
  // Other sessions may belong to whoever knew the old password.
  const ended = await repo.endAllSessionsOfUser(
    tx,
    user.id,
    ctx.now,
    "password_changed",
    ctx.sessionId,
  );
  await audit(ctx, tx, { action: "auth.password_changed", details: { otherSessionsEnded: ended } });
}
