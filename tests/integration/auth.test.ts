import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, signIn, TEST_PASSWORD, type TestApp } from "../support/test-app.ts";

const MINUTE = 60_000;
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const signInRequest = (username: string, password: string, ip = "10.0.0.1") =>
  t.app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    payload: { username, password },
    remoteAddress: ip,
  });

describe("sign-in", () => {
  it("signs in with the right password and sets a safe session cookie", async () => {
    const response = await signInRequest("director", TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const cookie = String(response.headers["set-cookie"]);
    expect(cookie).toMatch(/^waymark_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(response.json().user.role).toBe("director");
  });

  it("answers an unknown user and a wrong password with the same message", async () => {
    const unknown = await signInRequest("nobody.here", "some-long-password-1");
    const wrong = await signInRequest("director", "some-long-password-1");
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it("makes the cookie Secure when the site is not plain localhost", async () => {
    const secure = await createTestApp({ config: { secureCookies: true } });
    try {
      const response = await secure.app.inject({
        method: "POST",
        url: "/api/auth/sign-in",
        payload: { username: "director", password: TEST_PASSWORD },
      });
      expect(String(response.headers["set-cookie"])).toContain("Secure");
    } finally {
      await secure.close();
    }
  });

  it("throttles an account after 10 failures in 5 minutes, even with the right password", async () => {
    for (let i = 0; i < 10; i++)
      expect(
        (await signInRequest("qa.lead", `wrong-password-${i}xx`, `10.1.0.${i}`)).statusCode,
      ).toBe(401);
    const throttled = await signInRequest("qa.lead", TEST_PASSWORD);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error.message).toMatch(/Too many failed sign-in attempts/);
    t.clock.advance(5 * MINUTE + 1000);
    expect((await signInRequest("qa.lead", TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("refuses a disabled account and ends its sessions at once", async () => {
    const admin = await signIn(t.app, "admin");
    const member = await signIn(t.app, "board.member");
    const disable = await t.app.inject({
      method: "PATCH",
      url: `/api/admin/users/${member.userId}`,
      headers: admin.headers,
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(200);
    const after = await t.app.inject({
      method: "GET",
      url: "/api/account/sessions",
      headers: member.headers,
    });
    expect(after.statusCode).toBe(401);
    expect((await signInRequest("board.member", TEST_PASSWORD)).statusCode).toBe(401);
    await t.app.inject({
      method: "PATCH",
      url: `/api/admin/users/${member.userId}`,
      headers: admin.headers,
      payload: { disabled: false },
    });
  });
});

describe("sessions", () => {
  it("ends after 30 idle minutes but not while in use", async () => {
    const session = await signIn(t.app, "perf.officer");
    const read = () =>
      t.app.inject({ method: "GET", url: "/api/auth/session", headers: session.headers });
    t.clock.advance(29 * MINUTE);
    expect((await read()).statusCode).toBe(200);
    t.clock.advance(29 * MINUTE);
    expect((await read()).statusCode).toBe(200);
    t.clock.advance(31 * MINUTE);
    expect((await read()).statusCode).toBe(401);
    // Once ended, it stays ended even if the clock were wound back.
    t.clock.advance(-31 * MINUTE);
    expect((await read()).statusCode).toBe(401);
  });

  it("ends 12 hours after sign-in however active", async () => {
    const session = await signIn(t.app, "perf.officer");
    const read = () =>
      t.app.inject({ method: "GET", url: "/api/auth/session", headers: session.headers });
    // Active every 20 minutes for exactly 12 hours: still signed in at the 12-hour mark...
    for (let step = 0; step < 36; step++) {
      t.clock.advance(20 * MINUTE);
      expect((await read()).statusCode).toBe(200);
    }
    // ...and signed out one minute after it.
    t.clock.advance(MINUTE);
    expect((await read()).statusCode).toBe(401);
  });

  it("refuses a replayed cookie after sign-out", async () => {
    const session = await signIn(t.app, "chair");
    const out = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: session.headers,
    });
    expect(out.statusCode).toBe(200);
    const replay = await t.app.inject({
      method: "GET",
      url: "/api/account/sessions",
      headers: session.headers,
    });
    expect(replay.statusCode).toBe(401);
  });

  it("lists own sessions and can end another one", async () => {
    const first = await signIn(t.app, "dfe.observer");
    const second = await signIn(t.app, "dfe.observer");
    const list = await t.app.inject({
      method: "GET",
      url: "/api/account/sessions",
      headers: second.headers,
    });
    const sessions = list.json().sessions as { id: number; current: boolean }[];
    const other = sessions.find((s) => !s.current);
    expect(other).toBeDefined();
    const end = await t.app.inject({
      method: "DELETE",
      url: `/api/account/sessions/${other?.id}`,
      headers: second.headers,
    });
    expect(end.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/account/sessions", headers: first.headers }))
        .statusCode,
    ).toBe(401);
  });
});

describe("CSRF and origin", () => {
  it("refuses a cookie-authenticated write without the page's token", async () => {
    const session = await signIn(t.app, "councillor");
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie: session.cookie },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe("csrf");
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-out",
      headers: { cookie: session.cookie, "x-csrf-token": "not-the-token" },
    });
    expect(wrong.statusCode).toBe(403);
  });

  it("refuses writes from another site", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { origin: "https://evil.example" },
      payload: { username: "director", password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe("passwords", () => {
  it("enforces length and the deny-list, then ends the user's other sessions", async () => {
    const session = await signIn(t.app, "board.member");
    const other = await signIn(t.app, "board.member");
    const change = (newPassword: string, currentPassword = TEST_PASSWORD) =>
      t.app.inject({
        method: "POST",
        url: "/api/account/password",
        headers: session.headers,
        payload: { currentPassword, newPassword },
      });
    expect((await change("short")).json().error.message).toMatch(/at least 12/);
    expect((await change("password1234")).json().error.message).toMatch(/too common/);
    expect((await change("a perfectly fine phrase", "wrong-current-pw")).statusCode).toBe(400);
    expect((await change("a perfectly fine phrase")).statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/auth/session", headers: other.headers }))
        .statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/auth/session", headers: session.headers }))
        .statusCode,
    ).toBe(200);
    await t.app.inject({
      method: "POST",
      url: "/api/account/password",
      headers: session.headers,
      payload: { currentPassword: "a perfectly fine phrase", newPassword: TEST_PASSWORD },
    });
  });
});

describe("security headers", () => {
  it("sends CSP with frame-ancestors, nosniff, a referrer policy and no-store on API answers", async () => {
    const session = await signIn(t.app, "director");
    const response = await t.app.inject({
      method: "GET",
      url: "/api/auth/session",
      headers: session.headers,
    });
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("same-origin");
    expect(response.headers["cache-control"]).toBe("no-store");
  });

  it("never shows a stack trace for a bad request", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/sign-in",
      headers: { "content-type": "application/json" },
      payload: "{not json",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
  });
});
