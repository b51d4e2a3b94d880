/**
 * What each route requires, declared on the route itself so the role-by-route matrix test
 * can read it from the router. A route with no declaration is refused at start-up.
 */
import type { Permission } from "../access/roles.ts";

export type RouteAccess =
  /** anyone, signed in or not (health, sign-in, the web shell). */
  | { kind: "public" }
  /** any signed-in user, whatever the role. */
  | { kind: "signed_in" }
  /** a signed-in user whose role has every listed permission. */
  | { kind: "permission"; all: Permission[] }
  /** a signed-in user whose role has at least one of the listed permissions. */
  | { kind: "any_permission"; any: Permission[] };

export const publicRoute: RouteAccess = { kind: "public" };
export const signedIn: RouteAccess = { kind: "signed_in" };
export const requires = (...all: Permission[]): RouteAccess => ({ kind: "permission", all });
export const requiresAny = (...any: Permission[]): RouteAccess => ({ kind: "any_permission", any });

declare module "fastify" {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
