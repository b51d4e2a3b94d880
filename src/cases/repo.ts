/** All SQL for reading child records. Callers pass the visibility condition from access-repo.ts. */
import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "../platform/db/database.ts";

const CURRENT_ALLOCATION = sql`
  LEFT JOIN LATERAL (
    SELECT t.name AS team_name, u.display_name AS worker_name
    FROM allocations a JOIN teams t ON t.id = a.team_id LEFT JOIN users u ON u.id = a.worker_user_id
    WHERE a.child_id = c.id AND a.end_date IS NULL ORDER BY a.start_date DESC LIMIT 1
  ) cur ON TRUE`;

export interface ChildSummaryRow {
  id: number;
  laChildId: string;
  dateOfBirth: string | null;
  sex: string | null;
  restricted: boolean;
  teamName: string | null;
  workerName: string | null;
}

export async function listChildren(
  tx: Tx,
  visible: SQL,
  filter: { search?: string; teamId?: number; limit: number; offset: number },
): Promise<{ rows: ChildSummaryRow[]; total: number }> {
  const conditions = [visible];
  if (filter.search)
    conditions.push(
      sql`(c.la_child_id ILIKE ${`%${filter.search}%`} OR c.upn ILIKE ${`%${filter.search}%`})`,
    );
  if (filter.teamId)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM allocations a WHERE a.child_id = c.id AND a.end_date IS NULL AND a.team_id = ${filter.teamId})`,
    );
  const where = sql.join(conditions, sql` AND `);
  const result = await tx.execute(sql`
    SELECT c.id, c.la_child_id AS "laChildId", c.date_of_birth AS "dateOfBirth", c.sex, c.restricted,
           cur.team_name AS "teamName", cur.worker_name AS "workerName", count(*) OVER ()::int AS total
    FROM children c ${CURRENT_ALLOCATION}
    WHERE ${where}
    ORDER BY c.la_child_id LIMIT ${filter.limit} OFFSET ${filter.offset}`);
  const rows = result.rows as unknown as (ChildSummaryRow & { total: number })[];
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

export async function getChild(tx: Tx, childId: number) {
  const result = await tx.execute(sql`
    SELECT c.id, c.la_child_id AS "laChildId", c.upn, c.date_of_birth AS "dateOfBirth", c.sex, c.ethnicity,
           COALESCE(c.disabilities, '{}') AS disabilities, c.restricted,
           COALESCE((SELECT json_agg(json_build_object('teamName', t.name, 'workerName', u.display_name,
                       'startDate', a.start_date, 'endDate', a.end_date) ORDER BY a.start_date DESC)
                     FROM allocations a JOIN teams t ON t.id = a.team_id LEFT JOIN users u ON u.id = a.worker_user_id
                     WHERE a.child_id = c.id), '[]') AS allocations
    FROM children c WHERE c.id = ${childId}`);
  return (
    (result.rows[0] as
      | {
          id: number;
          laChildId: string;
          upn: string | null;
          dateOfBirth: string | null;
          sex: string | null;
          ethnicity: string | null;
          disabilities: string[];
          restricted: boolean;
          allocations: {
            teamName: string;
            workerName: string | null;
            startDate: string;
            endDate: string | null;
          }[];
        }
      | undefined) ?? null
  );
}

export async function childExists(tx: Tx, childId: number): Promise<boolean> {
  const result = await tx.execute(sql`SELECT 1 FROM children WHERE id = ${childId}`);
  return result.rows.length > 0;
}

export async function insertBreakGlass(
  tx: Tx,
  grant: { userId: number; childId: number; reason: string; at: Date; expiresAt: Date },
): Promise<void> {
  await tx.execute(sql`
    INSERT INTO break_glass_grants (user_id, child_id, reason, granted_at, expires_at)
    VALUES (${grant.userId}, ${grant.childId}, ${grant.reason}, ${grant.at.toISOString()}, ${grant.expiresAt.toISOString()})`);
}

export async function setRestriction(
  tx: Tx,
  childId: number,
  restricted: boolean,
  userIds: number[],
): Promise<void> {
  await tx.execute(sql`UPDATE children SET restricted = ${restricted} WHERE id = ${childId}`);
  await tx.execute(sql`DELETE FROM child_restricted_users WHERE child_id = ${childId}`);
  if (restricted && userIds.length > 0) {
    await tx.execute(sql`
      INSERT INTO child_restricted_users (child_id, user_id)
      SELECT ${childId}, u FROM unnest(${`{${userIds.join(",")}}`}::integer[]) AS u
      WHERE EXISTS (SELECT 1 FROM users WHERE id = u)`);
  }
}

export async function restrictedUsers(tx: Tx, childId: number): Promise<number[]> {
  const result = await tx.execute(
    sql`SELECT user_id AS "userId" FROM child_restricted_users WHERE child_id = ${childId} ORDER BY user_id`,
  );
  return (result.rows as { userId: number }[]).map((row) => row.userId);
}
