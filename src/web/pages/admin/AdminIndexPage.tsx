/** /admin itself has no content: go to the first administration page the role may open. */
import { Navigate } from "@tanstack/react-router";
import { adminAreasFor } from "../../navigation.ts";
import { useSignedIn } from "../../session.ts";
import { ForbiddenPage } from "../ForbiddenPage.tsx";

export function AdminIndexPage() {
  const first = adminAreasFor(useSignedIn())[0];
  return first ? <Navigate to={first.to} replace /> : <ForbiddenPage />;
}
