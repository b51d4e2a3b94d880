/**
 * SQL for record-level access: which children a user may see. The predicate mirrors
 * platform/access/record-access.ts (decideChildAccess); a test checks the two agree.
 */
import { type SQL, sql } from "drizzle-orm";
import type { ChildAccessFacts } from "../platform/access/record-access.ts";
import { hasPermission } from "../platform/access/roles.ts";
import type { Tx } from "../platform/db/database.ts";
import type { SignedInUser } from "../platform/http/context.ts";

const intArray = (values: number[]) => sql`${`{${values.join(",")}}`}::integer[]`;

function breakGlassActive(user: SignedInUser, now: Date, childColumn: SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM break_glass_grants g WHERE g.user_id = ${user.id} AND g.child_id = ${childColumn}
             AND g.granted_at <= ${now.toISOString()} AND g.expires_at > ${now.toISOString()})`;
}

function namedUser(user: SignedInUser, childColumn: SQL): SQL {
  return sql`EXISTS (SELECT 1 FROM child_restricted_users r WHERE r.child_id = ${childColumn} AND r.user_id = ${user.id})`;
}

function allocatedToUserOrTeam(user: SignedInUser, now: Date, childColumn: SQL): SQL {
  const today = now.toISOString().slice(0, 10);
  return sql`EXISTS (SELECT 1 FROM allocations a WHERE a.child_id = ${childColumn}
             AND a.start_date <= ${today}::date AND (a.end_date IS NULL OR a.end_date >= ${today}::date)
             AND (a.team_id = ANY(${intArray(user.teamIds)}) OR a.worker_user_id = ${user.id}))`;
}

/** A WHERE condition on `children c` selecting exactly the children the user may read. */
export function visibleChildren(user: SignedInUser, now: Date): SQL {
  const child = sql.raw("c.id");
  const role = user.role;
  const glass = hasPermission(role, "child.break_glass")
    ? breakGlassActive(user, now, child)
    : sql`FALSE`;
  let scope: SQL = sql`FALSE`;
  if (hasPermission(role, "child.read.all")) scope = sql`TRUE`;
  else if (hasPermission(role, "child.read.team")) scope = allocatedToUserOrTeam(user, now, child);
  // child.read.audited: audits arrive with the quality area; until then only break-glass applies.
  const anyScope =
    hasPermission(role, "child.read.all") ||
    hasPermission(role, "child.read.team") ||
    hasPermission(role, "child.read.audited");
  if (!anyScope) return sql`FALSE`;
  return sql`(${glass} OR (c.restricted AND ${namedUser(user, child)}) OR (NOT c.restricted AND ${scope}))`;
}

export async function childAccessFacts(
  tx: Tx,
  user: SignedInUser,
  childId: number,
  now: Date,
): Promise<ChildAccessFacts | null> {
  const child = sql`${childId}::integer`;
  const result = await tx.execute(sql`
    SELECT c.restricted,
           ${namedUser(user, child)} AS "namedUser",
           ${allocatedToUserOrTeam(user, now, child)} AS "allocatedToUserOrTeam",
           FALSE AS "inUsersAudit",
           ${breakGlassActive(user, now, child)} AS "breakGlassActive"
    FROM children c WHERE c.id = ${childId}`);
  return (result.rows[0] as ChildAccessFacts | undefined) ?? null;
}
