import type { ZodTypeProvider } from "@fastify/type-provider-zod";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { Clock } from "../clock.ts";
import type { WaymarkConfig } from "../config.ts";
import type { Database, Tx } from "../db/database.ts";
import type { AuthenticatedContext, RequestContext } from "./context.ts";

export type WaymarkApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface AppServices {
  config: WaymarkConfig;
  database: Database;
  clock: Clock;
}

declare module "fastify" {
  interface FastifyInstance {
    services: AppServices;
    /** every route with its declared access rule (filled as routes register). */
    routeTable: import("./auth-hook.ts").RouteEntry[];
    /** Runs a use case in one transaction with the request's context. */
    inTransaction<T>(
      request: FastifyRequest,
      work: (ctx: RequestContext, tx: Tx) => Promise<T>,
    ): Promise<T>;
    /** As inTransaction, for routes that require a signed-in user. */
    asUser<T>(
      request: FastifyRequest,
      work: (ctx: AuthenticatedContext, tx: Tx) => Promise<T>,
    ): Promise<T>;
  }
  interface FastifyRequest {
    ctx: RequestContext;
  }
}
