import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SignedIn, signIn, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let director: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  director = await signIn(t.app, "director");
  admin = await signIn(t.app, "admin");
});
afterAll(async () => {
  await t.close();
});

async function auditCount(): Promise<number> {
  const result = await t.database.db.execute(sql`SELECT count(*)::int AS n FROM audit_log`);
  return (result.rows[0] as { n: number }).n;
}

async function lastEntries(n: number) {
  const result = await t.database.db.execute(
    sql`SELECT action, child_id AS "childId", child_ids AS "childIds", outcome, route, username FROM audit_log ORDER BY id DESC LIMIT ${n}`,
  );
  return result.rows as {
    action: string;
    childId: number | null;
    childIds: number[];
    outcome: string;
    route: string;
    username: string;
  }[];
}

describe("every child-level read writes exactly one audit entry", () => {
  const reads = [
    { url: "/api/children?limit=5", action: "child.list" },
    { url: "/api/children/3", action: "child.view" },
    { url: "/api/children/3/access-log", action: "child.access_log_viewed" },
  ];
  for (const read of reads) {
    it(`GET ${read.url}`, async () => {
      const before = await auditCount();
      const response = await t.app.inject({
        method: "GET",
        url: read.url,
        headers: director.headers,
      });
      expect(response.statusCode).toBe(200);
      expect(await auditCount()).toBe(before + 1);
      const [entry] = await lastEntries(1);
      expect(entry?.action).toBe(read.action);
      expect(entry?.username).toBe("director");
      if (read.action === "child.list") expect(entry?.childIds).toHaveLength(5);
      else expect(entry?.childId).toBe(3);
    });
  }

  it("records a refused read once, as denied", async () => {
    const councilWorker = await signIn(t.app, "sw.referral");
    const list = await t.app.inject({
      method: "GET",
      url: "/api/children?limit=200",
      headers: councilWorker.headers,
    });
    const visible = new Set((list.json().children as { id: number }[]).map((c) => c.id));
    const hidden = [...Array(30).keys()].map((i) => i + 1).find((id) => !visible.has(id));
    const before = await auditCount();
    const response = await t.app.inject({
      method: "GET",
      url: `/api/children/${hidden}`,
      headers: councilWorker.headers,
    });
    expect(response.statusCode).toBe(403);
    expect(await auditCount()).toBe(before + 1);
    expect((await lastEntries(1))[0]).toMatchObject({
      action: "child.access_denied",
      outcome: "denied",
      childId: hidden,
    });
  });

  it("shows who viewed a child, newest first", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/children/3/access-log",
      headers: admin.headers,
    });
    const entries = response.json().entries as { username: string; action: string }[];
    expect(entries.some((e) => e.username === "director" && e.action === "child.view")).toBe(true);
  });
});

describe("the audit log cannot be changed", () => {
  it("refuses UPDATE, DELETE and TRUNCATE", async () => {
    // Drizzle wraps the database error; the refusal is in its cause.
    const refusedAsAppendOnly = (error: unknown) =>
      /append-only/.test(String((error as Error).cause ?? error));
    const before = await auditCount();
    await expect(t.database.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toSatisfy(
      refusedAsAppendOnly,
    );
    await expect(t.database.db.execute(sql`DELETE FROM audit_log`)).rejects.toSatisfy(
      refusedAsAppendOnly,
    );
    await expect(t.database.db.execute(sql`TRUNCATE audit_log`)).rejects.toSatisfy(
      refusedAsAppendOnly,
    );
    expect(await auditCount()).toBe(before);
  });

  it("fails the request, sending no child data, when the audit entry cannot be written", async () => {
    await t.database.db.execute(
      sql`ALTER TABLE audit_log ADD CONSTRAINT test_refuse_views CHECK (action <> 'child.view') NOT VALID`,
    );
    try {
      const response = await t.app.inject({
        method: "GET",
        url: "/api/children/4",
        headers: director.headers,
      });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain("DEMO");
      expect(response.json().error.message).toMatch(/Nothing was changed/);
    } finally {
      await t.database.db.execute(sql`ALTER TABLE audit_log DROP CONSTRAINT test_refuse_views`);
    }
  });
});

describe("sign-ins, permission changes and exports are audited", () => {
  it("records sign-in failures and successes", async () => {
    await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      payload: { username: "chair", password: "not the password" },
    });
    await signIn(t.app, "chair");
    const actions = (await lastEntries(2)).map((e) => e.action);
    expect(actions).toEqual(["auth.sign_in", "auth.sign_in_failed"]);
  });

  it("records a role change with before and after", async () => {
    const users = (
      await t.app.inject({ method: "GET", url: "/api/admin/users", headers: admin.headers })
    ).json().users as { id: number; username: string }[];
    const member = users.find((u) => u.username === "board.member");
    await t.app.inject({
      method: "PATCH",
      url: `/api/admin/users/${member?.id}`,
      headers: admin.headers,
      payload: { role: "dfe_observer" },
    });
    const result = await t.database.db.execute(
      sql`SELECT details FROM audit_log WHERE action = 'user.updated' ORDER BY id DESC LIMIT 1`,
    );
    const details = (
      result.rows[0] as { details: { before: { role: string }; changes: { role: string } } }
    ).details;
    expect(details.before.role).toBe("board_member");
    expect(details.changes.role).toBe("dfe_observer");
    await t.app.inject({
      method: "PATCH",
      url: `/api/admin/users/${member?.id}`,
      headers: admin.headers,
      payload: { role: "board_member" },
    });
  });

  it("exports CSV that a spreadsheet cannot run as formulas, and audits the export", async () => {
    const worker = await signIn(t.app, "sw.referral");
    await t.app.inject({
      method: "POST",
      url: "/api/children/30/break-glass",
      headers: worker.headers,
      payload: { reason: '=HYPERLINK("http://evil") duty call out tonight' },
    });
    const response = await t.app.inject({
      method: "GET",
      url: "/api/audit/export.csv",
      headers: admin.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.body).toContain(`"'=HYPERLINK(""http://evil"") duty call out tonight"`);
    expect(response.body).not.toMatch(/(^|,)=HYPERLINK/m);
    expect((await lastEntries(1))[0]?.action).toBe("audit.exported");
  });
});
