/**
 * Shows the "no permission" page instead of a page the user's role may not open, for
 * someone who types or bookmarks its address. The server refuses the data anyway; this
 * just says so clearly and before any request is made.
 */
import type { ReactNode } from "react";
import type { Permission } from "../../platform/access/roles.ts";
import { ForbiddenPage } from "../pages/ForbiddenPage.tsx";
import { useSignedIn } from "../session.ts";

export function RequirePermission({
  anyOf,
  children,
}: {
  anyOf: Permission[];
  children: ReactNode;
}) {
  return useSignedIn().can(...anyOf) ? children : <ForbiddenPage />;
}
