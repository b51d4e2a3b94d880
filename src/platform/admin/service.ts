/**
 * Administration use cases. Every change to a user's role, teams or status is a
 * permission change and is audited with before and after.
 */
import {
  PERMISSIONS,
  ROLE_DESCRIPTIONS,
  ROLE_LABELS,
  ROLE_PERMISSIONS,
  ROLES,
  type Role,
} from "../access/roles.ts";
import { audit } from "../audit/service.ts";
import { hashPassword, passwordProblem } from "../auth/passwords.ts";
import { endAllSessionsOfUser, findUserById, updatePasswordHash } from "../auth/repo.ts";
import type { Tx } from "../db/database.ts";
import type { AuthenticatedContext } from "../http/context.ts";
import { AppError, badRequest, conflict, notFound } from "../http/errors.ts";
import * as repo from "./repo.ts";

async function checkTeams(tx: Tx, teamIds: number[]): Promise<void> {
  const found = await repo.existingTeamIds(tx, teamIds);
  const missing = teamIds.filter((id) => !found.includes(id));
  if (missing.length > 0)
    throw badRequest(`No team with id ${missing.join(", ")}.`, { field: "teamIds" });
}

export function listUsers(_ctx: AuthenticatedContext, tx: Tx) {
  return repo.listUsers(tx);
}

export async function createUser(
  ctx: AuthenticatedContext,
  tx: Tx,
  input: {
    username: string;
    displayName: string;
    email: string | null;
    role: Role;
    teamIds: number[];
    password: string;
  },
): Promise<number> {
  const problem = passwordProblem(input.password, { username: input.username });
  if (problem) throw badRequest(problem, { field: "password" });
  await checkTeams(tx, input.teamIds);
  const id = await repo.insertUser(tx, {
    username: input.username,
    displayName: input.displayName,
    email: input.email,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    // An administrator chose this password, so its owner must replace it.
    mustChangePassword: true,
  });
  if (!id) throw conflict(`The username ${input.username} is already taken.`);
  await repo.setUserTeams(tx, id, input.teamIds);
  await audit(ctx, tx, {
    action: "user.created",
    details: { userId: id, username: input.username, role: input.role, teamIds: input.teamIds },
  });
  return id;
}

export async function updateUser(
  ctx: AuthenticatedContext,
  tx: Tx,
  userId: number,
  input: {
    displayName?: string;
    email?: string | null;
    role?: Role;
    teamIds?: number[];
    disabled?: boolean;
  },
): Promise<void> {
  const before = await findUserById(tx, userId);
  if (!before) throw notFound("That user");
  if (
    userId === ctx.user.id &&
    (input.disabled === true || (input.role && input.role !== before.role))
  ) {
    // Stops the last administrator locking everyone out by accident.
    throw new AppError(
      400,
      "invalid_request",
      "You cannot disable your own account or change your own role. Ask another administrator.",
    );
  }
  if (input.teamIds) await checkTeams(tx, input.teamIds);
  await repo.updateUserFields(tx, userId, input, ctx.now);
  if (input.teamIds) await repo.setUserTeams(tx, userId, input.teamIds);
  let sessionsEnded = 0;
  if (input.disabled === true || (input.role && input.role !== before.role)) {
    // Disabled users lose access at once; a role change takes effect from a fresh sign-in.
    sessionsEnded = await endAllSessionsOfUser(
      tx,
      userId,
      ctx.now,
      input.disabled ? "account_disabled" : "role_changed",
    );
  }
  await audit(ctx, tx, {
    action: "user.updated",
    details: {
      userId,
      username: before.username,
      before: {
        displayName: before.displayName,
        email: before.email,
        role: before.role,
        teamIds: before.teamIds,
        disabled: before.disabled,
      },
      changes: input,
      sessionsEnded,
    },
  });
}

export async function resetPassword(
  ctx: AuthenticatedContext,
  tx: Tx,
  userId: number,
  password: string,
): Promise<void> {
  const user = await findUserById(tx, userId);
  if (!user) throw notFound("That user");
  const problem = passwordProblem(password, { username: user.username });
  if (problem) throw badRequest(problem, { field: "password" });
  await updatePasswordHash(tx, userId, await hashPassword(password), true, ctx.now);
  const sessionsEnded = await endAllSessionsOfUser(tx, userId, ctx.now, "password_reset");
  await audit(ctx, tx, {
    action: "user.password_reset",
    details: { userId, username: user.username, sessionsEnded },
  });
}

export function listTeams(_ctx: AuthenticatedContext, tx: Tx) {
  return repo.listTeams(tx);
}

export async function createTeam(
  ctx: AuthenticatedContext,
  tx: Tx,
  input: { name: string; service: string },
): Promise<number> {
  const id = await repo.insertTeam(tx, input);
  if (id === null) throw conflict(`There is already a team called ${input.name}.`);
  await audit(ctx, tx, { action: "team.created", details: { teamId: id, ...input } });
  return id;
}

export async function updateTeam(
  ctx: AuthenticatedContext,
  tx: Tx,
  teamId: number,
  input: { name?: string; service?: string },
): Promise<void> {
  if (input.name !== undefined && (await repo.teamNameTaken(tx, input.name, teamId))) {
    throw conflict(`There is already a team called ${input.name}.`);
  }
  const changed = await repo.updateTeam(tx, teamId, input);
  if (changed === 0) throw notFound("That team");
  await audit(ctx, tx, { action: "team.updated", details: { teamId, changes: input } });
}

export async function describeRoles(_ctx: AuthenticatedContext, tx: Tx) {
  const counts = await repo.countUsersByRole(tx);
  return {
    roles: ROLES.map((role) => ({
      role,
      label: ROLE_LABELS[role],
      description: ROLE_DESCRIPTIONS[role],
      permissions: [...ROLE_PERMISSIONS[role]],
      userCount: counts.get(role) ?? 0,
    })),
    permissions: [...PERMISSIONS],
  };
}

export function listAlerts(_ctx: AuthenticatedContext, tx: Tx, openOnly: boolean) {
  return repo.listBreakGlassAlerts(tx, openOnly);
}

export async function reviewAlert(
  ctx: AuthenticatedContext,
  tx: Tx,
  alertId: number,
  note: string,
): Promise<void> {
  const changed = await repo.reviewBreakGlass(tx, alertId, ctx.user.id, note, ctx.now);
  if (changed === 0) throw notFound("That open alert");
  await audit(ctx, tx, { action: "alert.reviewed", details: { alertId, note } });
}
