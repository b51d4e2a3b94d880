/**
 * The root of every page: skip link, header, menu, main and footer, and the sign-in gate.
 * Only /sign-in is open to everyone; any other address first needs a session, and a user
 * who must change their password is kept on that page until they have.
 */
import { useMutation, useQuery } from "@tanstack/react-query";
import { Navigate, Outlet, useNavigate, useRouterState } from "@tanstack/react-router";
import { type ReactNode, useEffect, useRef } from "react";
import { api } from "../api-client.ts";
import { Loading } from "../components/Loading.tsx";
import { menuFor } from "../navigation.ts";
import { ProblemPage } from "../pages/ProblemPage.tsx";
import { SessionContext, type SignedIn, safeRedirect, sessionQuery, signedIn } from "../session.ts";
import { Footer } from "./Footer.tsx";
import { Header } from "./Header.tsx";
import { PhaseBanner } from "./PhaseBanner.tsx";
import { ServiceNavigation } from "./ServiceNavigation.tsx";
import { SkipLink } from "./SkipLink.tsx";

const PUBLIC_PATHS = new Set(["/sign-in"]);
const CHANGE_PASSWORD = "/account/password";

/**
 * After each client-side navigation, focus the new page's h1 so screen readers announce
 * it as they would a full page load, unless the page marked something to read first
 * (a success banner) with data-autofocus. The first render is left alone: the browser
 * has already put focus at the top of a freshly loaded page.
 */
function useFocusHeadingOnNavigation(key: string) {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the trigger, not an input
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = requestAnimationFrame(() => {
      const target =
        document.querySelector<HTMLElement>("#main-content [data-autofocus]") ??
        document.querySelector<HTMLElement>("#main-content h1") ??
        document.getElementById("main-content");
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [key]);
}

/** Like <Navigate>, but to a whole address (path and query) kept from before sign-in. */
function RedirectTo({ href }: { href: string }) {
  const navigate = useNavigate();
  useEffect(() => {
    void navigate({ href, replace: true });
  }, [navigate, href]);
  return null;
}

function Frame({ session, children }: { session: SignedIn | null; children: ReactNode }) {
  // A full reload after signing out drops every cached record from memory, which matters
  // on a shared council PC.
  const signOut = useMutation({
    mutationFn: () => api.post("/api/auth/sign-out", {}),
    onSettled: () => window.location.replace("/sign-in?signedOut=true"),
  });
  return (
    <>
      <SkipLink />
      <Header />
      {session ? (
        <ServiceNavigation
          // Until the password is changed every page leads back to that form, so no menu.
          items={session.user.mustChangePassword ? [] : menuFor(session)}
          userName={session.user.displayName}
          onSignOut={() => {
            if (!signOut.isPending) signOut.mutate();
          }}
          signingOut={signOut.isPending}
        />
      ) : null}
      <div className="govuk-width-container">
        <PhaseBanner />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer />
    </>
  );
}

export function AppShell() {
  const session = useQuery(sessionQuery);
  // The location of the page actually on screen: during a navigation `state.location` is
  // already the next address while the previous page is still rendered, and gating on it
  // would briefly render a signed-in page outside the session.
  const location = useRouterState({ select: (state) => state.resolvedLocation ?? state.location });
  useFocusHeadingOnNavigation(`${location.pathname}${location.searchStr}`);
  const isPublic = PUBLIC_PATHS.has(location.pathname);

  if (session.isPending) {
    return (
      <Frame session={null}>
        <Loading what="Loading Waymark" />
      </Frame>
    );
  }
  if (session.isError) {
    return (
      <Frame session={null}>
        <ProblemPage error={session.error} />
      </Frame>
    );
  }

  const current = session.data;
  if (!current) {
    if (isPublic) {
      return (
        <Frame session={null}>
          <Outlet />
        </Frame>
      );
    }
    return <Navigate to="/sign-in" search={{ redirect: location.href }} replace />;
  }

  if (isPublic) {
    // Signed in on the sign-in page: carry on to where the user was going.
    const search = location.search as { redirect?: string };
    const target = safeRedirect(search.redirect);
    if (current.user.mustChangePassword)
      return <Navigate to="/account/password" search={{ redirect: target }} replace />;
    return <RedirectTo href={target} />;
  }
  if (current.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD) {
    return <Navigate to="/account/password" search={{ redirect: location.href }} replace />;
  }

  const value = signedIn(current);
  return (
    <SessionContext.Provider value={value}>
      <Frame session={value}>
        <Outlet />
      </Frame>
    </SessionContext.Provider>
  );
}
