/**
 * Security headers for every response, and no caching of anything that came from a
 * signed-in request (a shared council PC must not show the last user's pages).
 */
import helmet from "@fastify/helmet";
import type { WaymarkApp } from "./app-types.ts";

export async function registerSecurityHeaders(app: WaymarkApp): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "same-origin" },
    crossOriginEmbedderPolicy: false,
    // HSTS only makes sense behind HTTPS, which the council's proxy provides.
    strictTransportSecurity: app.services.config.secureCookies
      ? { maxAge: 31_536_000, includeSubDomains: true }
      : false,
  });
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.url.startsWith("/api/") || request.ctx?.user) {
      reply.header("cache-control", "no-store");
      reply.header("pragma", "no-cache");
    }
    return payload;
  });
}
