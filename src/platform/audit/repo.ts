/** All SQL for the audit log. Inserts only: the table refuses updates and deletes. */
import { sql } from "drizzle-orm";
import type { Tx } from "../db/database.ts";

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  role: string | null;
  action: string;
  outcome: string;
  method: string | null;
  route: string | null;
  childId: number | null;
  childIds: number[];
  reason: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface NewAuditRow {
  at: Date;
  userId: number | null;
  username: string | null;
  role: string | null;
  action: string;
  outcome: string;
  method: string | null;
  route: string | null;
  childId: number | null;
  childIds: number[];
  reason: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export async function insertAuditRow(tx: Tx, row: NewAuditRow): Promise<void> {
  await tx.execute(sql`
    INSERT INTO audit_log (at, user_id, username, role, action, outcome, method, route, child_id, child_ids, reason, ip, details)
    VALUES (${row.at.toISOString()}, ${row.userId}, ${row.username}, ${row.role}, ${row.action}, ${row.outcome},
            ${row.method}, ${row.route}, ${row.childId}, ${`{${row.childIds.join(",")}}`}::integer[], ${row.reason},
            ${row.ip}, ${JSON.stringify(row.details)}::jsonb)`);
}

export interface AuditQuery {
  userId?: number;
  childId?: number;
  action?: string;
  from?: string;
  to?: string;
  beforeId?: number;
  limit: number;
}

const SELECT_COLUMNS = sql`id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "at", user_id AS "userId",
  username, role, action, outcome, method, route, child_id AS "childId", child_ids AS "childIds", reason, ip, details`;

export async function queryAudit(tx: Tx, query: AuditQuery): Promise<AuditRow[]> {
  const conditions = [sql`TRUE`];
  if (query.userId !== undefined) conditions.push(sql`user_id = ${query.userId}`);
  if (query.childId !== undefined)
    conditions.push(
      sql`(child_id = ${query.childId} OR child_ids @> ARRAY[${query.childId}]::integer[])`,
    );
  if (query.action) conditions.push(sql`action = ${query.action}`);
  if (query.from) conditions.push(sql`at >= ${query.from}::date`);
  if (query.to) conditions.push(sql`at < (${query.to}::date + 1)`);
  if (query.beforeId !== undefined) conditions.push(sql`id < ${query.beforeId}`);
  const result = await tx.execute(sql`
    SELECT ${SELECT_COLUMNS} FROM audit_log
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY id DESC LIMIT ${query.limit}`);
  return result.rows as unknown as AuditRow[];
}

export async function countAuditRows(tx: Tx): Promise<number> {
  const result = await tx.execute(sql`SELECT count(*)::int AS n FROM audit_log`);
  return (result.rows[0] as { n: number }).n;
}
