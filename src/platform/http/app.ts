/**
 * Builds the Fastify application: plumbing, security, every area's routes, and the web
 * shell. Used by `waymark start` and, through `app.inject()`, by the tests.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import { serializerCompiler, validatorCompiler } from "@fastify/type-provider-zod";
import Fastify, { type FastifyServerOptions } from "fastify";
import { registerAllRoutes } from "../../routes.ts";
import type { AppServices, WaymarkApp } from "./app-types.ts";
import { registerAuthHook } from "./auth-hook.ts";
import type { AuthenticatedContext } from "./context.ts";
import { registerErrorHandler } from "./error-handler.ts";
import { notSignedIn } from "./errors.ts";
import { registerSecurityHeaders } from "./security-headers.ts";

export interface BuildOptions extends AppServices {
  logger?: FastifyServerOptions["logger"];
}

export async function buildApp(options: BuildOptions): Promise<WaymarkApp> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: process.env.WAYMARK_TRUST_PROXY === "true",
  }).withTypeProvider() as unknown as WaymarkApp;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate("services", {
    config: options.config,
    database: options.database,
    clock: options.clock,
  });
  app.decorate("inTransaction", (request, work) =>
    options.database.db.transaction((tx) => work(request.ctx, tx)),
  );
  app.decorate("asUser", (request, work) => {
    if (!request.ctx.user || request.ctx.sessionId === null) throw notSignedIn();
    return options.database.db.transaction((tx) => work(request.ctx as AuthenticatedContext, tx));
  });

  await app.register(cookie);
  // preservePath: keep the name as sent, so a name carrying a path is refused rather than silently trimmed.
  await app.register(multipart, {
    preservePath: true,
    limits: { fileSize: options.config.maxUploadBytes, files: 1 },
  });
  await app.register(rateLimit, { global: false });
  await registerSecurityHeaders(app);
  registerErrorHandler(app);
  registerAuthHook(app);
  await registerAllRoutes(app);

  const webRoot = options.config.webRoot;
  const webBuilt = Boolean(webRoot && existsSync(join(webRoot, "index.html")));
  if (webRoot && webBuilt) {
    await app.register(fastifyStatic, {
      root: webRoot,
      prefix: "/",
      wildcard: false,
      index: ["index.html"],
    });
  }
  // Client-side routes (e.g. /admin/users) all load the web shell; the pages ask the API.
  app.get("/*", { config: { access: { kind: "public" } } }, (request, reply) => {
    if (request.url.startsWith("/api/")) {
      return reply.status(404).send({ error: { code: "not_found", message: "No such address." } });
    }
    if (!webBuilt) {
      return reply
        .status(503)
        .type("text/plain")
        .send("The web interface has not been built. Run: npm run build:web");
    }
    return reply.sendFile("index.html");
  });
  return app;
}
