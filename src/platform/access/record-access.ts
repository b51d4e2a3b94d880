/**
 * Whether a user may read one child's record: the rule in one pure function, so it can be
 * tested exhaustively and the SQL list filter (cases/repo.ts) can be checked against it.
 *
 * Order matters: a restriction beats every role (only named users, or a live break-glass
 * grant); then the role's scope; then break-glass for children outside that scope.
 */
import { canReadAnyChild, hasPermission } from "./roles.ts";

export interface ChildAccessFacts {
  restricted: boolean;
  /** the user is one of the child's named users. */
  namedUser: boolean;
  /** a current allocation is to one of the user's teams, or to the user. */
  allocatedToUserOrTeam: boolean;
  /** the child is in an audit the user works on. */
  inUsersAudit: boolean;
  /** the user holds an unexpired break-glass grant for this child. */
  breakGlassActive: boolean;
}

export type AccessDecision =
  | { allowed: true; basis: "named_user" | "role_all" | "team" | "audit" | "break_glass" }
  | { allowed: false; canBreakGlass: boolean };

export function decideChildAccess(role: string, facts: ChildAccessFacts): AccessDecision {
  if (!canReadAnyChild(role)) return { allowed: false, canBreakGlass: false };
  const canBreakGlass = hasPermission(role, "child.break_glass");
  if (facts.breakGlassActive && canBreakGlass) return { allowed: true, basis: "break_glass" };
  if (facts.restricted) {
    return facts.namedUser
      ? { allowed: true, basis: "named_user" }
      : { allowed: false, canBreakGlass };
  }
  if (hasPermission(role, "child.read.all")) return { allowed: true, basis: "role_all" };
  if (hasPermission(role, "child.read.team") && facts.allocatedToUserOrTeam)
    return { allowed: true, basis: "team" };
  if (hasPermission(role, "child.read.audited") && facts.inUsersAudit)
    return { allowed: true, basis: "audit" };
  return { allowed: false, canBreakGlass };
}
