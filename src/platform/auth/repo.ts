/** All SQL for users, sessions and sign-in failures. */
import { sql } from "drizzle-orm";
import type { Pool } from "pg";
import type { Tx } from "../db/database.ts";

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  role: string;
  passwordHash: string;
  disabled: boolean;
  mustChangePassword: boolean;
  teamIds: number[];
}

const USER_COLUMNS = sql`u.id, u.username, u.display_name AS "displayName", u.email, u.role,
  u.password_hash AS "passwordHash", u.disabled, u.must_change_password AS "mustChangePassword",
  COALESCE((SELECT array_agg(ut.team_id ORDER BY ut.team_id) FROM user_teams ut WHERE ut.user_id = u.id), '{}') AS "teamIds"`;

export async function findUserByUsername(tx: Tx, username: string): Promise<UserRow | null> {
  const result = await tx.execute(
    sql`SELECT ${USER_COLUMNS} FROM users u WHERE lower(u.username) = lower(${username})`,
  );
  return (result.rows[0] as UserRow | undefined) ?? null;
}

export async function findUserById(tx: Tx, id: number): Promise<UserRow | null> {
  const result = await tx.execute(sql`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ${id}`);
  return (result.rows[0] as UserRow | undefined) ?? null;
}

export interface SessionWithUser {
  sessionId: number;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  user: Omit<UserRow, "passwordHash">;
}

/**
 * The session behind a cookie, with its user: on every request, so a named (server-side
 * prepared) statement on the pool, planned once per connection.
 */
const SESSION_LOOKUP = `
  SELECT s.id AS "sessionId", s.csrf_token AS "csrfToken", s.created_at AS "createdAt", s.last_seen_at AS "lastSeenAt",
         u.id, u.username, u.display_name AS "displayName", u.email, u.role, u.disabled,
         u.must_change_password AS "mustChangePassword",
         ARRAY(SELECT ut.team_id FROM user_teams ut WHERE ut.user_id = u.id ORDER BY ut.team_id) AS "teamIds"
  FROM sessions s JOIN users u ON u.id = s.user_id
  WHERE s.token_hash = $1 AND s.ended_at IS NULL`;

export async function lookupLiveSession(
  pool: Pool,
  tokenHash: string,
  prepared: boolean,
): Promise<SessionWithUser | null> {
  // Not on PGlite: its connections share one backend, so a name prepared by a connection the
  // pool has since replaced still exists there ("prepared statement already exists").
  const query = { text: SESSION_LOOKUP, values: [tokenHash] };
  const result = await pool.query(prepared ? { ...query, name: "waymark_session_lookup" } : query);
  const row = result.rows[0] as
    | (Omit<UserRow, "passwordHash"> & {
        sessionId: number;
        csrfToken: string;
        createdAt: Date;
        lastSeenAt: Date;
      })
    | undefined;
  if (!row) return null;
  const { sessionId, csrfToken, createdAt, lastSeenAt, ...user } = row;
  return {
    sessionId,
    csrfToken,
    createdAt: new Date(createdAt),
    lastSeenAt: new Date(lastSeenAt),
    user,
  };
}

export async function insertSession(
  tx: Tx,
  session: {
    tokenHash: string;
    csrfToken: string;
    userId: number;
    at: Date;
    ip: string;
    userAgent: string | null;
  },
): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO sessions (token_hash, csrf_token, user_id, created_at, last_seen_at, ip, user_agent)
    VALUES (${session.tokenHash}, ${session.csrfToken}, ${session.userId}, ${session.at.toISOString()},
            ${session.at.toISOString()}, ${session.ip}, ${session.userAgent})
    RETURNING id`);
  return (result.rows[0] as { id: number }).id;
}

export async function touchSession(tx: Tx, sessionId: number, at: Date): Promise<void> {
  await tx.execute(
    sql`UPDATE sessions SET last_seen_at = ${at.toISOString()} WHERE id = ${sessionId}`,
  );
}

export async function endSession(
  tx: Tx,
  sessionId: number,
  at: Date,
  reason: string,
): Promise<void> {
  await tx.execute(sql`
    UPDATE sessions SET ended_at = ${at.toISOString()}, end_reason = ${reason}
    WHERE id = ${sessionId} AND ended_at IS NULL`);
}

export async function endAllSessionsOfUser(
  tx: Tx,
  userId: number,
  at: Date,
  reason: string,
  exceptSessionId?: number,
): Promise<number> {
  const result = await tx.execute(sql`
    UPDATE sessions SET ended_at = ${at.toISOString()}, end_reason = ${reason}
    WHERE user_id = ${userId} AND ended_at IS NULL AND id <> ${exceptSessionId ?? -1}`);
  return result.rowCount ?? 0;
}

export interface SessionSummary {
  id: number;
  createdAt: string;
  lastSeenAt: string;
  ip: string | null;
  userAgent: string | null;
}

export async function listLiveSessions(tx: Tx, userId: number): Promise<SessionSummary[]> {
  const result = await tx.execute(sql`
    SELECT id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", ip, user_agent AS "userAgent"
    FROM sessions WHERE user_id = ${userId} AND ended_at IS NULL ORDER BY last_seen_at DESC`);
  return (result.rows as unknown as SessionSummary[]).map((row) => ({
    ...row,
    createdAt: new Date(row.createdAt).toISOString(),
    lastSeenAt: new Date(row.lastSeenAt).toISOString(),
  }));
}

export async function recordSignInFailure(
  tx: Tx,
  usernameKey: string,
  ip: string,
  at: Date,
): Promise<void> {
  await tx.execute(
    sql`INSERT INTO sign_in_failures (username_key, ip, at) VALUES (${usernameKey}, ${ip}, ${at.toISOString()})`,
  );
}

export async function countRecentFailures(
  tx: Tx,
  usernameKey: string,
  since: Date,
): Promise<number> {
  const result = await tx.execute(sql`
    SELECT count(*)::int AS n FROM sign_in_failures WHERE username_key = ${usernameKey} AND at > ${since.toISOString()}`);
  return (result.rows[0] as { n: number }).n;
}

export async function updatePasswordHash(
  tx: Tx,
  userId: number,
  passwordHash: string,
  mustChange: boolean,
  at: Date,
): Promise<void> {
  await tx.execute(sql`
    UPDATE users SET password_hash = ${passwordHash}, must_change_password = ${mustChange}, updated_at = ${at.toISOString()}
    WHERE id = ${userId}`);
}
