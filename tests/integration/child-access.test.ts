/**
 * Record-level access: team scope, restriction to named users, break-glass with expiry and
 * review, aggregate-only roles shut out; and a property test that the SQL list filter
 * agrees with the pure access rule for random restrictions and grants.
 */
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childAccessFacts } from "../../src/cases/access-repo.ts";
import { decideChildAccess } from "../../src/platform/access/record-access.ts";
import { ROLES } from "../../src/platform/access/roles.ts";
import type { SignedInUser } from "../../src/platform/http/context.ts";
import {
  createTestApp,
  demoUsername,
  type SignedIn,
  signIn,
  type TestApp,
} from "../support/test-app.ts";

const CHILDREN = 30;
let t: TestApp;
let worker: SignedIn;
let director: SignedIn;
let perf: SignedIn;
let admin: SignedIn;

/** After the fake clock jumps past the idle timeout everyone signs in again. */
async function signInEveryone(): Promise<void> {
  worker = await signIn(t.app, "sw.referral");
  director = await signIn(t.app, "director");
  perf = await signIn(t.app, "perf.officer");
  admin = await signIn(t.app, "admin");
}

beforeAll(async () => {
  t = await createTestApp({ children: CHILDREN });
  await signInEveryone();
});
afterAll(async () => {
  await t.close();
});

const get = (session: SignedIn, url: string) =>
  t.app.inject({ method: "GET", url, headers: session.headers });
const visibleIds = async (session: SignedIn) =>
  new Set(
    ((await get(session, "/api/children?limit=200")).json().children as { id: number }[]).map(
      (c) => c.id,
    ),
  );

describe("team scope", () => {
  it("shows a social worker only the children allocated to their team or to them", async () => {
    const result = await t.database.db.execute(sql`
      SELECT DISTINCT a.child_id AS id FROM allocations a JOIN teams t ON t.id = a.team_id
      WHERE a.end_date IS NULL AND t.name = 'Referral and Assessment' ORDER BY 1`);
    const expected = (result.rows as { id: number }[]).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect([...(await visibleIds(worker))].sort((a, b) => a - b)).toEqual(expected);
    const outside = [...Array(CHILDREN).keys()]
      .map((i) => i + 1)
      .find((id) => !expected.includes(id));
    const refused = await get(worker, `/api/children/${outside}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.details).toEqual({ canBreakGlass: true });
  });

  it("gives aggregate-only roles no child-level route at all", async () => {
    for (const username of ["chair", "board.member", "dfe.observer", "councillor", "admin"]) {
      const session = await signIn(t.app, username);
      expect((await get(session, "/api/children")).statusCode).toBe(403);
      expect((await get(session, "/api/children/1")).statusCode).toBe(403);
    }
  });
});

describe("break-glass", () => {
  it("asks for a reason, grants an hour, raises an alert, and an administrator reviews it", async () => {
    const visible = await visibleIds(worker);
    const target = [...Array(CHILDREN).keys()].map((i) => i + 1).find((id) => !visible.has(id));
    const glass = (reason: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/children/${target}/break-glass`,
        headers: worker.headers,
        payload: { reason },
      });
    expect((await glass("because")).statusCode).toBe(400);
    const granted = await glass("Out-of-hours duty call from police about this child");
    expect(granted.statusCode).toBe(200);
    const view = await get(worker, `/api/children/${target}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().accessBasis).toBe("break_glass");

    const alerts = (await get(admin, "/api/admin/alerts")).json().alerts as {
      id: number;
      childId: number;
      reason: string;
    }[];
    const alert = alerts.find((a) => a.childId === target);
    expect(alert?.reason).toMatch(/duty call/);

    t.clock.advance(61 * 60_000);
    await signInEveryone();
    expect((await get(worker, `/api/children/${target}`)).statusCode).toBe(403);

    const review = await t.app.inject({
      method: "POST",
      url: `/api/admin/alerts/${alert?.id}/review`,
      headers: admin.headers,
      payload: { note: "Checked with the duty manager: justified." },
    });
    expect(review.statusCode).toBe(200);
    const open = (await get(admin, "/api/admin/alerts")).json().alerts as { id: number }[];
    expect(open.some((a) => a.id === alert?.id)).toBe(false);
  });
});

describe("restricted records", () => {
  it("hides a restricted child from everyone but named users, break-glass excepted", async () => {
    const restrict = await t.app.inject({
      method: "PUT",
      url: "/api/children/5/restriction",
      headers: director.headers,
      payload: { restricted: true, userIds: [], reason: "Child of a member of staff" },
    });
    expect(restrict.statusCode).toBe(200);
    expect((await get(director, "/api/children/5")).json().accessBasis).toBe("named_user");
    expect((await get(perf, "/api/children/5")).statusCode).toBe(403);
    expect((await visibleIds(perf)).has(5)).toBe(false);
    const glass = await t.app.inject({
      method: "POST",
      url: "/api/children/5/break-glass",
      headers: perf.headers,
      payload: { reason: "Board asked for verification of a data error" },
    });
    expect(glass.statusCode).toBe(200);
    expect((await get(perf, "/api/children/5")).statusCode).toBe(200);
  });
});

describe("the SQL filter agrees with the access rule", () => {
  it("for random restrictions, named users and grants, for every role", async () => {
    const users = (
      await t.database.db.execute(sql`SELECT u.id, u.username, u.display_name AS "displayName", u.role,
        COALESCE((SELECT array_agg(team_id) FROM user_teams WHERE user_id = u.id), '{}') AS "teamIds" FROM users u`)
    ).rows as unknown as (SignedInUser & { teamIds: number[] })[];
    const byRole = ROLES.map((role) => users.find((u) => u.username === demoUsername(role))).filter(
      (u) => u !== undefined,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: CHILDREN }), { maxLength: 8 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: CHILDREN }),
            fc.constantFrom(...byRole.map((u) => u.id)),
          ),
          { maxLength: 6 },
        ),
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: CHILDREN }),
            fc.constantFrom(...byRole.map((u) => u.id)),
          ),
          { maxLength: 6 },
        ),
        async (restricted, named, grants) => {
          const now = t.clock.now();
          await t.database.db.transaction(async (tx) => {
            await tx.execute(
              sql`UPDATE children SET restricted = (id = ANY(${`{${restricted.join(",")}}`}::integer[]))`,
            );
            await tx.execute(sql`DELETE FROM child_restricted_users`);
            for (const [child, user] of named) {
              await tx.execute(
                sql`INSERT INTO child_restricted_users VALUES (${child}, ${user}) ON CONFLICT DO NOTHING`,
              );
            }
            for (const [child, user] of grants) {
              await tx.execute(sql`INSERT INTO break_glass_grants (user_id, child_id, reason, granted_at, expires_at)
                VALUES (${user}, ${child}, 'property test', ${now.toISOString()}, ${new Date(now.getTime() + 60_000).toISOString()})`);
            }
          });
          for (const user of byRole) {
            const session = { ...user, mustChangePassword: false };
            const { visibleChildren } = await import("../../src/cases/access-repo.ts");
            const listed = await t.database.db.execute(
              sql`SELECT c.id FROM children c WHERE ${visibleChildren(session, now)} ORDER BY c.id`,
            );
            const listedIds = (listed.rows as { id: number }[]).map((r) => r.id);
            const decided: number[] = [];
            for (let id = 1; id <= CHILDREN; id++) {
              const facts = await childAccessFacts(t.database.db, session, id, now);
              if (facts && decideChildAccess(user.role, facts).allowed) decided.push(id);
            }
            expect(listedIds, user.username).toEqual(decided);
          }
          // Let the grants lapse before the next run.
          t.clock.advance(120_000);
        },
      ),
      { numRuns: 12 },
    );
  });
});
