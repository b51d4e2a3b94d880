/**
 * Platform tables: people, teams, sessions, sign-in throttling, the audit log, and the
 * break-glass grants with the alerts an administrator reviews.
 */
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

export const teams = pgTable("teams", {
  id: serial("id").primaryKey(),
  name: text("name").notNull().unique(),
  service: text("service").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  username: text("username").notNull().unique(),
  displayName: text("display_name").notNull(),
  email: text("email"),
  role: text("role").notNull(),
  passwordHash: text("password_hash").notNull(),
  disabled: boolean("disabled").notNull().default(false),
  mustChangePassword: boolean("must_change_password").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const userTeams = pgTable(
  "user_teams",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.teamId] })],
);

export const sessions = pgTable(
  "sessions",
  {
    id: serial("id").primaryKey(),
    /** sha256 of the opaque token: a stolen database does not yield usable cookies. */
    tokenHash: text("token_hash").notNull().unique(),
    csrfToken: text("csrf_token").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endReason: text("end_reason"),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    usernameKey: text("username_key").notNull(),
    ip: text("ip"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sign_in_failures_user_at_idx").on(t.usernameKey, t.at)],
);

/** Append-only: triggers in the migration refuse UPDATE, DELETE and TRUNCATE. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    userId: integer("user_id"),
    username: text("username"),
    role: text("role"),
    action: text("action").notNull(),
    outcome: text("outcome").notNull().default("success"),
    method: text("method"),
    route: text("route"),
    /** the child this entry is about, when exactly one. */
    childId: integer("child_id"),
    /** every child whose data the response contained (lists). */
    childIds: integer("child_ids").array().notNull().default(sql`'{}'::integer[]`),
    reason: text("reason"),
    ip: text("ip"),
    details: jsonb("details").notNull().default({}),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_child_idx").on(t.childId),
    index("audit_log_user_idx").on(t.userId, t.at),
    index("audit_log_child_ids_idx").using("gin", t.childIds),
  ],
);

export const breakGlassGrants = pgTable(
  "break_glass_grants",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    childId: integer("child_id").notNull(),
    reason: text("reason").notNull(),
    grantedAt: timestamp("granted_at", { withTimezone: true }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: integer("reviewed_by").references(() => users.id),
    reviewNote: text("review_note"),
  },
  (t) => [index("break_glass_user_child_idx").on(t.userId, t.childId, t.expiresAt)],
);

export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
});
