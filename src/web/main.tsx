/**
 * Starts the web shell: GOV.UK Frontend's styles (bundled, fonts and all, because the
 * Content-Security-Policy allows nothing from elsewhere), the query client and router.
 */
import "govuk-frontend/dist/govuk/govuk-frontend.min.css";
import "./app.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiError, onNotSignedIn } from "./api-client.ts";
import { router } from "./router.tsx";
import { SESSION_KEY } from "./session.ts";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Every read of a child's data is audited: never refetch behind the user's back.
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
      staleTime: 30_000,
      // A refusal or a missing record will not change on a retry; a dropped connection may.
      retry: (failures, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
    },
  },
});

// The session ended (timed out, or ended from another device): forget everything loaded
// under it, and let the shell send the user to sign in, remembering where they were.
onNotSignedIn(() => {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  queryClient.setQueryData(SESSION_KEY, null);
});

// GOV.UK Frontend's styles for components that need JavaScript apply only with this class.
document.body.classList.add("govuk-frontend-supported");

const root = document.getElementById("root");
if (!root) throw new Error("The page has no #root element");
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
