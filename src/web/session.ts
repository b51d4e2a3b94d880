/**
 * The signed-in session: fetched once, kept in the query cache under one key, and offered
 * to pages through a context so every page can ask "may this user do X?" the same way.
 */
import { queryOptions } from "@tanstack/react-query";
import { createContext, useContext } from "react";
import type { Permission } from "../platform/access/roles.ts";
import { type SessionResponse, sessionResponse } from "../platform/auth/api.ts";
import { ApiError, api, setCsrfToken } from "./api-client.ts";

export const SESSION_KEY = ["session"] as const;

async function fetchSession(): Promise<SessionResponse | null> {
  try {
    const session = await api.get("/api/auth/session", sessionResponse);
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    // Not being signed in is an answer, not a failure.
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: fetchSession,
  staleTime: 5 * 60_000,
});

export interface SignedIn extends SessionResponse {
  can: (...anyOf: Permission[]) => boolean;
}

export function signedIn(session: SessionResponse): SignedIn {
  return {
    ...session,
    can: (...anyOf) => anyOf.some((permission) => session.permissions.includes(permission)),
  };
}

export const SessionContext = createContext<SignedIn | null>(null);

/** For pages behind the sign-in gate, where a session always exists. */
export function useSignedIn(): SignedIn {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSignedIn used outside the signed-in part of the app");
  return session;
}

/** Only same-site paths may be a redirect target, so a crafted link cannot send users elsewhere. */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith("/")) return "/";
  if (target.startsWith("//") || target.startsWith("/\\") || target.startsWith("/sign-in"))
    return "/";
  return target;
}
