/**
 * A Waymark app for integration tests, on the embedded database (default) or on a fresh
 * database on the PostgreSQL server when WAYMARK_TEST_PG_URL is set (the server-mode
 * pass in .ci/run). Requests go through app.inject(): the whole HTTP stack, no sockets.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../../src/demo/demo-people.ts";
import { seedDemoPeople } from "../../src/demo/seed-people.ts";
import type { Role } from "../../src/platform/access/roles.ts";
import { FakeClock } from "../../src/platform/clock.ts";
import { configFromEnvironment, type WaymarkConfig } from "../../src/platform/config.ts";
import { type Database, openDatabase } from "../../src/platform/db/database.ts";
import { buildApp } from "../../src/platform/http/app.ts";
import type { WaymarkApp } from "../../src/platform/http/app-types.ts";

export interface TestApp {
  app: WaymarkApp;
  database: Database;
  clock: FakeClock;
  config: WaymarkConfig;
  close(): Promise<void>;
}

export const TEST_PASSWORD = DEMO_PASSWORD;

async function createServerDatabase(
  baseUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `waymark_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export function usingServerDatabase(): boolean {
  return Boolean(process.env.WAYMARK_TEST_PG_URL);
}

export async function createTestApp(
  options: { seed?: boolean; children?: number; config?: Partial<WaymarkConfig> } = {},
): Promise<TestApp> {
  const serverUrl = process.env.WAYMARK_TEST_PG_URL;
  const server = serverUrl ? await createServerDatabase(serverUrl) : null;
  const config = configFromEnvironment({
    databaseUrl: server?.url ?? null,
    dataDir: null,
    secureCookies: false,
    ...options.config,
  });
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: null,
    purpose: "test",
  });
  const clock = new FakeClock(new Date("2012-04-02T09:00:00Z"));
  if (options.seed !== false) {
    await database.db.transaction((tx) =>
      seedDemoPeople(tx, { seed: 7, children: options.children ?? 30, today: "2012-04-02" }),
    );
  }
  const app = await buildApp({ config, database, clock });
  await app.ready();
  return {
    app,
    database,
    clock,
    config,
    close: async () => {
      await app.close();
      await database.close();
      await server?.drop();
    },
  };
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
  userId: number;
  headers: Record<string, string>;
}

export async function signIn(
  app: WaymarkApp,
  username: string,
  password = TEST_PASSWORD,
): Promise<SignedIn> {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in",
    payload: { username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in as ${username} failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers["set-cookie"];
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const cookie = (raw ?? "").split(";")[0] ?? "";
  const body = response.json() as { csrfToken: string; user: { id: number } };
  return {
    cookie,
    csrfToken: body.csrfToken,
    userId: body.user.id,
    headers: { cookie, "x-csrf-token": body.csrfToken },
  };
}

/** The demo account that holds a role. */
export function demoUsername(role: Role): string {
  const person = DEMO_PEOPLE.find((candidate) => candidate.role === role);
  if (!person) throw new Error(`no demo user has the role ${role}`);
  return person.username;
}
