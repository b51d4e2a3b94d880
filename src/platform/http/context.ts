/**
 * Who is asking, from where, and when: built once per request by the auth hook and passed
 * to every service as `ctx`.
 */
import type { Role } from "../access/roles.ts";

export interface SignedInUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  teamIds: number[];
  mustChangePassword: boolean;
}

export interface RequestContext {
  user: SignedInUser | null;
  sessionId: number | null;
  csrfToken: string | null;
  ip: string;
  userAgent: string | null;
  method: string;
  /** the route pattern, e.g. `/api/children/:id`, recorded in the audit log. */
  route: string;
  now: Date;
}

export interface AuthenticatedContext extends RequestContext {
  user: SignedInUser;
  sessionId: number;
}

/** Context for work the system does on its own (CLI, demo loader). */
export function systemContext(now: Date, route = "cli"): RequestContext {
  return {
    user: null,
    sessionId: null,
    csrfToken: null,
    ip: "local",
    userAgent: null,
    method: "CLI",
    route,
    now,
  };
}
