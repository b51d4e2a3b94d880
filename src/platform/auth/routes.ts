/** Sign-in, sign-out, the current session and the user's own account. */
import { permissionsOf, ROLE_LABELS } from "../access/roles.ts";
import { publicRoute, signedIn } from "../http/access.ts";
import type { WaymarkApp } from "../http/app-types.ts";
import { SESSION_COOKIE } from "../http/auth-hook.ts";
import type { SignedInUser } from "../http/context.ts";
import { AppError, notSignedIn } from "../http/errors.ts";
import * as api from "./api.ts";
import * as service from "./service.ts";

/** Both refusals look the same and take the same time, so usernames cannot be probed. */
const MINIMUM_SIGN_IN_MS = 400;

function presentUser(user: SignedInUser) {
  return { ...user, roleLabel: ROLE_LABELS[user.role] };
}

export function registerAuthRoutes(app: WaymarkApp): void {
  const { config } = app.services;

  app.post(
    "/api/auth/sign-in",
    {
      config: { access: publicRoute, rateLimit: { max: 60, timeWindow: "1 minute" } },
      schema: { body: api.signInRequest },
    },
    async (request, reply) => {
      const started = performance.now();
      const result = await app.inTransaction(request, (ctx, tx) =>
        service.signIn(ctx, tx, config, request.body),
      );
      const wait = MINIMUM_SIGN_IN_MS - (performance.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (!result.ok) {
        if (result.reason === "throttled") {
          throw new AppError(
            429,
            "throttled",
            "Too many failed sign-in attempts for this account. Wait 5 minutes and try again.",
          );
        }
        throw new AppError(401, "sign_in_refused", service.SIGN_IN_REFUSED);
      }
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        secure: config.secureCookies,
        sameSite: "lax",
        path: "/",
        maxAge: Math.floor(config.absoluteTimeoutMs / 1000),
      });
      return {
        user: presentUser(result.user),
        permissions: permissionsOf(result.user.role),
        csrfToken: result.csrfToken,
      };
    },
  );

  app.post("/api/auth/sign-out", { config: { access: signedIn } }, async (request, reply) => {
    await app.asUser(request, (ctx, tx) => service.signOut(ctx, tx));
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return { ok: true };
  });

  app.get("/api/auth/session", { config: { access: publicRoute } }, async (request) => {
    const { user, csrfToken } = request.ctx;
    if (!user || !csrfToken) throw notSignedIn();
    return { user: presentUser(user), permissions: permissionsOf(user.role), csrfToken };
  });

  app.get(
    "/api/account/sessions",
    { config: { access: signedIn }, schema: { response: { 200: api.ownSessionsResponse } } },
    async (request) => ({
      sessions: await app.asUser(request, (ctx, tx) => service.listOwnSessions(ctx, tx)),
    }),
  );

  app.delete(
    "/api/account/sessions/:id",
    { config: { access: signedIn }, schema: { params: api.idParam } },
    async (request) => {
      await app.asUser(request, (ctx, tx) => service.endOwnSession(ctx, tx, request.params.id));
      return { ok: true };
    },
  );

  app.post(
    "/api/account/password",
    { config: { access: signedIn }, schema: { body: api.changePasswordRequest } },
    async (request) => {
      await app.asUser(request, (ctx, tx) => service.changeOwnPassword(ctx, tx, request.body));
      return { ok: true };
    },
  );
}
