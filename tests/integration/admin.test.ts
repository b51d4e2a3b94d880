import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type SignedIn, signIn, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let admin: SignedIn;

beforeAll(async () => {
  t = await createTestApp({ children: 5 });
  admin = await signIn(t.app, "admin");
});
afterAll(async () => {
  await t.close();
});

const send = (method: "POST" | "PATCH", url: string, payload: unknown) =>
  t.app.inject({ method, url, headers: admin.headers, payload: payload as object });

describe("users", () => {
  it("creates a user who must change the starting password, in the chosen teams", async () => {
    const teams = (
      await t.app.inject({ method: "GET", url: "/api/admin/teams", headers: admin.headers })
    ).json().teams as { id: number; name: string }[];
    const lac = teams.find((team) => team.name === "Looked After Children");
    const created = await send("POST", "/api/admin/users", {
      username: "New.Worker",
      displayName: "Nia Worker",
      email: "nia.worker@example.gov.uk",
      role: "social_worker",
      teamIds: [lac?.id],
      password: "a starting phrase for nia",
    });
    expect(created.statusCode).toBe(201);
    const session = await signIn(t.app, "new.worker", "a starting phrase for nia");
    const me = (
      await t.app.inject({ method: "GET", url: "/api/auth/session", headers: session.headers })
    ).json();
    expect(me.user).toMatchObject({
      username: "new.worker",
      role: "social_worker",
      teamIds: [lac?.id],
      mustChangePassword: true,
    });
  });

  it("explains what is wrong with a bad request, field by field", async () => {
    const response = await send("POST", "/api/admin/users", {
      username: "x",
      displayName: "",
      role: "wizard",
      password: "short",
    });
    expect(response.statusCode).toBe(400);
    const fields = (response.json().error.details as { field: string }[])
      .map((d) => d.field)
      .sort();
    expect(fields).toEqual(["displayName", "role", "username"]);
    const weak = await send("POST", "/api/admin/users", {
      username: "weak.pw",
      displayName: "Weak",
      role: "board_member",
      password: "qwertyuiop123",
    });
    expect(weak.json().error.message).toMatch(/too common/);
    const taken = await send("POST", "/api/admin/users", {
      username: "director",
      displayName: "Again",
      role: "director",
      password: "another fine phrase here",
    });
    expect(taken.statusCode).toBe(409);
    const noTeam = await send("POST", "/api/admin/users", {
      username: "no.team",
      displayName: "N",
      role: "social_worker",
      teamIds: [9999],
      password: "another fine phrase here",
    });
    expect(noTeam.json().error.message).toMatch(/No team with id 9999/);
  });

  it("does not let administrators lock themselves out", async () => {
    const response = await send("PATCH", `/api/admin/users/${admin.userId}`, { disabled: true });
    expect(response.statusCode).toBe(400);
  });

  it("ends a user's sessions when their role changes, and resets passwords", async () => {
    const chair = await signIn(t.app, "chair");
    expect(
      (await send("PATCH", `/api/admin/users/${chair.userId}`, { role: "board_member" }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/auth/session", headers: chair.headers }))
        .statusCode,
    ).toBe(401);
    expect(
      (
        await send("POST", `/api/admin/users/${chair.userId}/password`, {
          password: "a new phrase for janet",
        })
      ).statusCode,
    ).toBe(200);
    const again = await signIn(t.app, "chair", "a new phrase for janet");
    expect(
      (
        await t.app.inject({ method: "GET", url: "/api/auth/session", headers: again.headers })
      ).json().user.mustChangePassword,
    ).toBe(true);
  });
});

describe("teams and roles", () => {
  it("creates and renames teams, refusing duplicates", async () => {
    const created = await send("POST", "/api/admin/teams", {
      name: "Edge of Care",
      service: "Early Help",
    });
    expect(created.statusCode).toBe(201);
    expect(
      (await send("POST", "/api/admin/teams", { name: "Edge of Care", service: "Early Help" }))
        .statusCode,
    ).toBe(409);
    const id = created.json().id as number;
    expect(
      (await send("PATCH", `/api/admin/teams/${id}`, { name: "Edge of Care and Adolescents" }))
        .statusCode,
    ).toBe(200);
    expect(
      (await send("PATCH", `/api/admin/teams/${id}`, { name: "Leaving Care" })).statusCode,
    ).toBe(409);
  });

  it("describes every role with its permissions", async () => {
    const roles = (
      await t.app.inject({ method: "GET", url: "/api/admin/roles", headers: admin.headers })
    ).json().roles as { role: string; permissions: string[] }[];
    expect(roles).toHaveLength(10);
    // Scrutiny reads figures, plan and Board papers with small numbers withheld; no child data.
    expect(roles.find((r) => r.role === "elected_member")?.permissions).toEqual([
      "account.self",
      "aggregate.read",
      "plan.read",
      "board.read",
    ]);
  });
});
