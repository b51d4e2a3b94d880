/**
 * Runs before every handler: builds the request context, resolves the session cookie, and
 * enforces the route's declared access and CSRF protection. Deny by default: an /api route
 * without a declared access rule is refused when the app starts.
 */
import type { FastifyRequest } from "fastify";
import { hasPermission } from "../access/roles.ts";
import { resolveSession } from "../auth/service.ts";
import { tokensEqual } from "../auth/tokens.ts";
import type { RouteAccess } from "./access.ts";
import type { WaymarkApp } from "./app-types.ts";
import { AppError, forbidden, notSignedIn } from "./errors.ts";

export const SESSION_COOKIE = "waymark_session";
export const CSRF_HEADER = "x-csrf-token";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function routeAccess(request: FastifyRequest): RouteAccess | undefined {
  return request.routeOptions.config.access;
}

export function allowedByAccess(role: string, access: RouteAccess): boolean {
  switch (access.kind) {
    case "public":
    case "signed_in":
      return true;
    case "permission":
      return access.all.every((permission) => hasPermission(role, permission));
    case "any_permission":
      return access.any.some((permission) => hasPermission(role, permission));
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess;
}

export function registerAuthHook(app: WaymarkApp): void {
  // Every route and its access rule, for the role-by-route matrix test and the docs.
  const routeTable: RouteEntry[] = [];
  app.decorate("routeTable", routeTable);
  app.addHook("onRoute", (route) => {
    const url = route.url ?? route.path;
    for (const method of [route.method].flat()) {
      if (method !== "HEAD")
        routeTable.push({ method, url, access: route.config?.access ?? { kind: "public" } });
    }
    if (!url.startsWith("/api/")) {
      route.config = {
        ...(route.config ?? {}),
        access: route.config?.access ?? { kind: "public" },
      };
      return;
    }
    if (!route.config?.access)
      throw new Error(`Route ${route.method} ${url} declares no access rule`);
  });

  app.decorateRequest("ctx", undefined as never);

  app.addHook("onRequest", async (request) => {
    const { clock, config, database } = app.services;
    request.ctx = {
      user: null,
      sessionId: null,
      csrfToken: null,
      ip: request.ip,
      userAgent: request.headers["user-agent"]?.slice(0, 300) ?? null,
      method: request.method,
      route: request.routeOptions.url ?? request.url.split("?")[0] ?? "",
      now: clock.now(),
    };
    const access = routeAccess(request) ?? { kind: "public" };

    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(
        database.pool,
        database.kind === "server",
        database.db,
        config,
        token,
        request.ctx.now,
      );
      if (session.ok) {
        request.ctx.user = session.user;
        request.ctx.sessionId = session.sessionId;
        request.ctx.csrfToken = session.csrfToken;
      }
    }

    if (!SAFE_METHODS.has(request.method)) checkSameOrigin(request);
    if (access.kind === "public") return;
    const user = request.ctx.user;
    if (!user) throw notSignedIn();
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (
        typeof sent !== "string" ||
        !request.ctx.csrfToken ||
        !tokensEqual(sent, request.ctx.csrfToken)
      ) {
        throw new AppError(
          403,
          "csrf",
          "This request did not carry the page's security token. Reload the page and try again.",
        );
      }
    }
    if (!allowedByAccess(user.role, access)) throw forbidden();
  });
}

/** Browsers send Origin on cross-site writes; refuse any that is not this site. */
function checkSameOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin;
  if (!origin) return;
  const host = request.headers.host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden("Requests from other sites are not accepted.");
  }
  if (originHost !== host) throw forbidden("Requests from other sites are not accepted.");
}
