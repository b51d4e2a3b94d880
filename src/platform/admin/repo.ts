/** All SQL for the administration of users, teams and break-glass alerts. */
import { sql } from "drizzle-orm";
import type { Tx } from "../db/database.ts";
import type { AdminUser } from "./api.ts";

const iso = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

export async function listUsers(tx: Tx): Promise<AdminUser[]> {
  const result = await tx.execute(sql`
    SELECT u.id, u.username, u.display_name AS "displayName", u.email, u.role, u.disabled,
           u.must_change_password AS "mustChangePassword",
           COALESCE((SELECT array_agg(team_id ORDER BY team_id) FROM user_teams WHERE user_id = u.id), '{}') AS "teamIds",
           (SELECT ${iso("max(s.created_at)")} FROM sessions s WHERE s.user_id = u.id) AS "lastSignInAt"
    FROM users u ORDER BY u.display_name, u.id`);
  return result.rows as unknown as AdminUser[];
}

export async function insertUser(
  tx: Tx,
  user: {
    username: string;
    displayName: string;
    email: string | null;
    role: string;
    passwordHash: string;
    mustChangePassword: boolean;
  },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO users (username, display_name, email, role, password_hash, must_change_password)
    VALUES (${user.username}, ${user.displayName}, ${user.email}, ${user.role}, ${user.passwordHash}, ${user.mustChangePassword})
    ON CONFLICT (username) DO NOTHING RETURNING id`);
  return (result.rows[0] as { id: number } | undefined)?.id ?? 0;
}

export async function setUserTeams(tx: Tx, userId: number, teamIds: number[]): Promise<void> {
  await tx.execute(sql`DELETE FROM user_teams WHERE user_id = ${userId}`);
  if (teamIds.length === 0) return;
  await tx.execute(sql`
    INSERT INTO user_teams (user_id, team_id)
    SELECT ${userId}, t FROM unnest(${`{${teamIds.join(",")}}`}::integer[]) AS t`);
}

export async function updateUserFields(
  tx: Tx,
  userId: number,
  fields: { displayName?: string; email?: string | null; role?: string; disabled?: boolean },
  at: Date,
): Promise<void> {
  const sets = [sql`updated_at = ${at.toISOString()}`];
  if (fields.displayName !== undefined) sets.push(sql`display_name = ${fields.displayName}`);
  if (fields.email !== undefined) sets.push(sql`email = ${fields.email}`);
  if (fields.role !== undefined) sets.push(sql`role = ${fields.role}`);
  if (fields.disabled !== undefined) sets.push(sql`disabled = ${fields.disabled}`);
  await tx.execute(sql`UPDATE users SET ${sql.join(sets, sql`, `)} WHERE id = ${userId}`);
}

export async function existingTeamIds(tx: Tx, teamIds: number[]): Promise<number[]> {
  if (teamIds.length === 0) return [];
  const result = await tx.execute(
    sql`SELECT id FROM teams WHERE id = ANY(${`{${teamIds.join(",")}}`}::integer[])`,
  );
  return (result.rows as { id: number }[]).map((row) => row.id);
}

export async function listTeams(tx: Tx) {
  const result = await tx.execute(sql`
    SELECT t.id, t.name, t.service, (SELECT count(*)::int FROM user_teams ut WHERE ut.team_id = t.id) AS "memberCount"
    FROM teams t ORDER BY t.service, t.name`);
  return result.rows as { id: number; name: string; service: string; memberCount: number }[];
}

export async function insertTeam(
  tx: Tx,
  team: { name: string; service: string },
): Promise<number | null> {
  const result = await tx.execute(sql`
    INSERT INTO teams (name, service) VALUES (${team.name}, ${team.service}) ON CONFLICT (name) DO NOTHING RETURNING id`);
  return (result.rows[0] as { id: number } | undefined)?.id ?? null;
}

export async function teamNameTaken(tx: Tx, name: string, exceptTeamId: number): Promise<boolean> {
  const result = await tx.execute(
    sql`SELECT 1 FROM teams WHERE name = ${name} AND id <> ${exceptTeamId}`,
  );
  return result.rows.length > 0;
}

export async function updateTeam(
  tx: Tx,
  teamId: number,
  fields: { name?: string; service?: string },
): Promise<number> {
  const sets = [];
  if (fields.name !== undefined) sets.push(sql`name = ${fields.name}`);
  if (fields.service !== undefined) sets.push(sql`service = ${fields.service}`);
  const result = await tx.execute(
    sql`UPDATE teams SET ${sql.join(sets, sql`, `)} WHERE id = ${teamId}`,
  );
  return result.rowCount ?? 0;
}

export async function countUsersByRole(tx: Tx): Promise<Map<string, number>> {
  const result = await tx.execute(
    sql`SELECT role, count(*)::int AS n FROM users WHERE NOT disabled GROUP BY role`,
  );
  return new Map((result.rows as { role: string; n: number }[]).map((row) => [row.role, row.n]));
}

export async function listBreakGlassAlerts(tx: Tx, openOnly: boolean) {
  const result = await tx.execute(sql`
    SELECT g.id, g.user_id AS "userId", u.username, u.display_name AS "displayName", u.role, g.child_id AS "childId",
           g.reason, ${iso("g.granted_at")} AS "grantedAt", ${iso("g.expires_at")} AS "expiresAt",
           ${iso("g.reviewed_at")} AS "reviewedAt", r.display_name AS "reviewedBy", g.review_note AS "reviewNote"
    FROM break_glass_grants g JOIN users u ON u.id = g.user_id LEFT JOIN users r ON r.id = g.reviewed_by
    WHERE ${openOnly ? sql`g.reviewed_at IS NULL` : sql`TRUE`}
    ORDER BY g.granted_at DESC LIMIT 500`);
  return result.rows as {
    id: number;
    userId: number;
    username: string;
    displayName: string;
    role: string;
    childId: number;
    reason: string;
    grantedAt: string;
    expiresAt: string;
    reviewedAt: string | null;
    reviewedBy: string | null;
    reviewNote: string | null;
  }[];
}

export async function reviewBreakGlass(
  tx: Tx,
  grantId: number,
  reviewerId: number,
  note: string,
  at: Date,
): Promise<number> {
  const result = await tx.execute(sql`
    UPDATE break_glass_grants SET reviewed_at = ${at.toISOString()}, reviewed_by = ${reviewerId}, review_note = ${note}
    WHERE id = ${grantId} AND reviewed_at IS NULL`);
  return result.rowCount ?? 0;
}
