/**
 * Writes audit entries inside the caller's transaction: if the entry cannot be written,
 * the transaction (and so the request) fails, and no unaudited data leaves the server.
 */
import type { Tx } from "../db/database.ts";
import type { AuthenticatedContext, RequestContext } from "../http/context.ts";
import type { AuditQueryInput } from "./api.ts";
import { csvLine } from "./csv.ts";
import type { AuditEntry } from "./events.ts";
import { AUDIT_ACTIONS } from "./events.ts";
import { type AuditRow, insertAuditRow, queryAudit } from "./repo.ts";

export async function audit(ctx: RequestContext, tx: Tx, entry: AuditEntry): Promise<void> {
  const subject = entry.subject ?? {
    userId: ctx.user?.id ?? null,
    username: ctx.user?.username ?? null,
    role: ctx.user?.role ?? null,
  };
  await insertAuditRow(tx, {
    at: ctx.now,
    userId: subject.userId,
    username: subject.username,
    role: subject.role,
    action: entry.action,
    outcome: entry.outcome ?? "success",
    method: ctx.method,
    route: ctx.route,
    childId: entry.childId ?? null,
    childIds: entry.childIds ?? [],
    reason: entry.reason ?? null,
    ip: ctx.ip,
    details: entry.details ?? {},
  });
}

function present(row: AuditRow) {
  return {
    ...row,
    actionLabel: AUDIT_ACTIONS[row.action as keyof typeof AUDIT_ACTIONS] ?? row.action,
  };
}

/** Reading the audit log is itself audited: who looked at whose trail matters. */
export async function searchAudit(ctx: AuthenticatedContext, tx: Tx, query: AuditQueryInput) {
  const rows = await queryAudit(tx, query);
  await audit(ctx, tx, { action: "audit.viewed", details: { query } });
  return {
    entries: rows.map(present),
    nextBeforeId: rows.length === query.limit ? (rows.at(-1)?.id ?? null) : null,
  };
}

const EXPORT_COLUMNS = [
  "id",
  "at",
  "userId",
  "username",
  "role",
  "action",
  "outcome",
  "method",
  "route",
  "childId",
  "childIds",
  "reason",
  "ip",
  "details",
] as const;
const EXPORT_LIMIT = 100_000;

export async function exportAudit(
  ctx: AuthenticatedContext,
  tx: Tx,
  query: AuditQueryInput,
): Promise<string> {
  const rows = await queryAudit(tx, { ...query, limit: EXPORT_LIMIT });
  await audit(ctx, tx, { action: "audit.exported", details: { query, rows: rows.length } });
  let out = csvLine([...EXPORT_COLUMNS]);
  for (const row of rows)
    out += csvLine(
      EXPORT_COLUMNS.map((column) =>
        column === "childIds" ? row.childIds.join(" ") : row[column],
      ),
    );
  return out;
}
