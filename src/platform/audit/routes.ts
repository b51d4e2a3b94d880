/** The audit log: search and export. */
import { requires } from "../http/access.ts";
import type { WaymarkApp } from "../http/app-types.ts";
import * as api from "./api.ts";
import { exportAudit, searchAudit } from "./service.ts";

export function registerAuditRoutes(app: WaymarkApp): void {
  app.get(
    "/api/audit",
    {
      config: { access: requires("audit.read") },
      schema: { querystring: api.auditQuery, response: { 200: api.auditResponse } },
    },
    (request) => app.asUser(request, (ctx, tx) => searchAudit(ctx, tx, request.query)),
  );
  app.get(
    "/api/audit/export.csv",
    { config: { access: requires("audit.export") }, schema: { querystring: api.auditQuery } },
    async (request, reply) => {
      const csv = await app.asUser(request, (ctx, tx) => exportAudit(ctx, tx, request.query));
      const stamp = request.ctx.now.toISOString().slice(0, 10);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="waymark-audit-${stamp}.csv"`)
        .send(csv);
    },
  );
}
