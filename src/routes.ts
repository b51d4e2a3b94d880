/** Every area's routes, in one place, so the app and the route matrix test see the same set. */

import { registerBoardRoutes } from "./board/routes.ts";
import { registerImportRoutes } from "./cases/imports/routes.ts";
import { registerChildRoutes } from "./cases/routes.ts";
import { registerPerformanceRoutes } from "./performance/routes.ts";
import { registerPlanRoutes } from "./plan/routes.ts";
import { registerAdminRoutes } from "./platform/admin/routes.ts";
import { registerAuditRoutes } from "./platform/audit/routes.ts";
import { registerAuthRoutes } from "./platform/auth/routes.ts";
import type { WaymarkApp } from "./platform/http/app-types.ts";
import { registerHealthRoutes } from "./platform/http/health-routes.ts";

export async function registerAllRoutes(app: WaymarkApp): Promise<void> {
  registerHealthRoutes(app);
  registerAuthRoutes(app);
  registerAdminRoutes(app);
  registerAuditRoutes(app);
  registerChildRoutes(app);
  registerImportRoutes(app);
  registerPerformanceRoutes(app);
  registerPlanRoutes(app);
  registerBoardRoutes(app);
}
