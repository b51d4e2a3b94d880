/**
 * The role-by-route matrix. Every route the router knows must appear in EXPECTED; every
 * role is tried against every route: allowed roles get past the permission check, the
 * others get 403, and nobody signed out gets past a non-public route.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "../../src/platform/access/roles.ts";
import {
  createTestApp,
  demoUsername,
  type SignedIn,
  signIn,
  type TestApp,
} from "../support/test-app.ts";

const ALL = ROLES;
const CHILD_READERS: Role[] = [
  "performance_officer",
  "social_worker",
  "team_manager",
  "qa_lead",
  "director",
];
const ADMIN: Role[] = ["admin"];
const FIGURE_READERS = ALL.filter((role) => role !== "admin");
const PLAN_UPDATERS: Role[] = ["performance_officer", "team_manager", "qa_lead", "director"];
const BOARD_RECORDERS: Role[] = ["director", "board_chair", "board_member"];
type Allowed = "public" | readonly Role[];

const EXPECTED: Record<string, Allowed> = {
  "GET /api/health": "public",
  "POST /api/auth/sign-in": "public",
  "GET /api/auth/session": "public",
  "POST /api/auth/sign-out": ALL,
  "GET /api/account/sessions": ALL,
  "DELETE /api/account/sessions/:id": ALL,
  "POST /api/account/password": ALL,
  "GET /api/admin/users": ADMIN,
  "POST /api/admin/users": ADMIN,
  "PATCH /api/admin/users/:id": ADMIN,
  "POST /api/admin/users/:id/password": ADMIN,
  "GET /api/admin/teams": ADMIN,
  "POST /api/admin/teams": ADMIN,
  "PATCH /api/admin/teams/:id": ADMIN,
  "GET /api/admin/roles": ADMIN,
  "GET /api/admin/alerts": ADMIN,
  "POST /api/admin/alerts/:id/review": ADMIN,
  "GET /api/audit": ["director", "admin"],
  "GET /api/audit/export.csv": ADMIN,
  "GET /api/children": CHILD_READERS,
  "GET /api/children/:id": CHILD_READERS,
  "POST /api/children/:id/break-glass": CHILD_READERS,
  "PUT /api/children/:id/restriction": ["director"],
  "GET /api/children/:id/access-log": ["team_manager", "director", "admin"],
  "POST /api/imports": ["performance_officer", "admin"],
  "GET /api/imports": ["performance_officer", "director", "admin"],
  "GET /api/imports/:id": ["performance_officer", "director", "admin"],
  "GET /api/imports/:id/problems.csv": ["performance_officer", "director", "admin"],
  "GET /api/performance/scorecard": FIGURE_READERS,
  "GET /api/performance/exceptions": FIGURE_READERS,
  "GET /api/performance/indicators/:id": FIGURE_READERS,
  "GET /api/performance/indicators/:id/children": CHILD_READERS,
  "POST /api/performance/indicators/:id/targets": ["performance_officer"],
  "POST /api/performance/indicators/:id/commentary": [
    "performance_officer",
    "team_manager",
    "director",
  ],
  "POST /api/performance/change-points": ["performance_officer"],
  "GET /api/notice": FIGURE_READERS,
  "GET /api/plan": FIGURE_READERS,
  "GET /api/plan/actions/:id": FIGURE_READERS,
  "POST /api/plan/actions/:id/updates": PLAN_UPDATERS,
  "POST /api/plan/actions/:id/evidence-links": PLAN_UPDATERS,
  "POST /api/plan/actions/:id/evidence-files": PLAN_UPDATERS,
  "GET /api/plan/evidence/:id/file": FIGURE_READERS,
  "POST /api/notice/measures/:id/evidence-links": ["performance_officer", "director"],
  "POST /api/notice/measures/:id/evidence-files": ["performance_officer", "director"],
  "POST /api/notice": ["performance_officer", "director"],
  "POST /api/plan/actions": ["performance_officer", "director"],
  "GET /api/plan/people": ["performance_officer", "director"],
  "POST /api/plan/actions/:id/milestones": ["performance_officer", "director"],
  "POST /api/plan/milestones/:id/done": PLAN_UPDATERS,
  "POST /api/board/meetings": BOARD_RECORDERS,
  "POST /api/board/bodies": BOARD_RECORDERS,
  "POST /api/plan/ics-issues": PLAN_UPDATERS,
  "PUT /api/plan/ics-issues/:id": PLAN_UPDATERS,
  "POST /api/plan/versions": ["performance_officer", "director"],
  "POST /api/plan/versions/:id/approve": ["board_chair"],
  "GET /api/board/meetings": FIGURE_READERS,
  "GET /api/board/meetings/:id": FIGURE_READERS,
  "POST /api/board/meetings/:id/decisions": BOARD_RECORDERS,
  "POST /api/board/meetings/:id/actions": BOARD_RECORDERS,
  "PUT /api/board/meetings/:id/minutes": BOARD_RECORDERS,
  "GET /api/board/actions": FIGURE_READERS,
  "POST /api/board/actions/:id/done": BOARD_RECORDERS,
  "GET /api/board/calendar": FIGURE_READERS,
  "POST /api/board/calendar/:id/delivered": ["director", "board_chair"],
  "POST /api/board/meetings/:id/packs": ["performance_officer", "director", "board_chair"],
  "GET /api/board/packs/:id/pack.html": FIGURE_READERS,
  "GET /api/board/packs/:id/pack.pdf": FIGURE_READERS,
  "GET /api/board/reports/:id": FIGURE_READERS,
  "POST /api/board/reports/:id/commentary": ["director", "board_chair"],
  "POST /api/board/reports/:id/packs": ["performance_officer", "director", "board_chair"],
  // The web shell: assets and client-side routes are public; the pages ask the API.
  "GET /*": "public",
};

let t: TestApp;
const sessions = new Map<Role, SignedIn>();

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) sessions.set(role, await signIn(t.app, demoUsername(role)));
});
afterAll(async () => {
  await t.close();
});

function apiRoutes() {
  return t.app.routeTable.filter((route) => route.url.startsWith("/api/") || route.url === "/*");
}

// Sign-out ends the session it is tried with, so it goes last.
function inTestOrder<T extends { method: string; url: string }>(routes: T[]): T[] {
  return [...routes].sort(
    (a, b) => Number(a.url === "/api/auth/sign-out") - Number(b.url === "/api/auth/sign-out"),
  );
}

function request(route: { method: string; url: string }, headers: Record<string, string>) {
  const url = route.url.replace(":id", "999999").replace("/*", "/some/page");
  const hasBody = !["GET", "DELETE"].includes(route.method);
  return t.app.inject({
    method: route.method as "GET",
    url,
    headers,
    ...(hasBody ? { payload: {} } : {}),
  });
}

describe("role-by-route matrix", () => {
  it("lists every route the router knows, and nothing it does not", () => {
    const actual = apiRoutes()
      .map((route) => `${route.method} ${route.url}`)
      .sort();
    expect(actual).toEqual(Object.keys(EXPECTED).sort());
  });

  it("refuses every non-public route to someone not signed in", async () => {
    for (const route of apiRoutes()) {
      const response = await request(route, {});
      const expected = EXPECTED[`${route.method} ${route.url}`];
      if (expected === "public")
        expect(response.statusCode, `${route.method} ${route.url}`).not.toBe(403);
      else expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it("lets each role through exactly the routes the matrix allows", async () => {
    for (const route of inTestOrder(apiRoutes())) {
      const key = `${route.method} ${route.url}`;
      const expected = EXPECTED[key];
      if (expected === "public") continue;
      for (const role of ROLES) {
        const session = sessions.get(role);
        if (!session) throw new Error(`no session for ${role}`);
        const response = await request(route, session.headers);
        const label = `${key} as ${role}: ${response.statusCode} ${response.body.slice(0, 200)}`;
        if (expected?.includes(role)) {
          expect(response.statusCode, label).not.toBe(401);
          const isJson = String(response.headers["content-type"]).startsWith("application/json");
          if (isJson) expect(response.json().error?.code, label).not.toBe("forbidden");
        } else {
          expect(response.statusCode, label).toBe(403);
          expect(response.json().error.code, label).toBe("forbidden");
        }
      }
    }
  });
});
