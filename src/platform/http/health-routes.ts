import { sql } from "drizzle-orm";
import { publicRoute } from "./access.ts";
import type { WaymarkApp } from "./app-types.ts";

/** For load balancers and the start command: is the database answering? */
export function registerHealthRoutes(app: WaymarkApp): void {
  app.get("/api/health", { config: { access: publicRoute } }, async () => {
    await app.services.database.db.execute(sql`SELECT 1`);
    return { ok: true, database: app.services.database.kind };
  });
}
