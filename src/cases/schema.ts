/**
 * Case tables. This first part is what record-level access control needs: the child
 * (with its restriction flag and named users) and who the child is allocated to.
 */
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { teams, users } from "../platform/schema.ts";

export const children = pgTable("children", {
  id: serial("id").primaryKey(),
  laChildId: text("la_child_id").notNull().unique(),
  upn: text("upn"),
  dateOfBirth: date("date_of_birth", { mode: "string" }),
  sex: text("sex"),
  ethnicity: text("ethnicity"),
  disabilities: text("disabilities").array(),
  /** a restricted child is visible only to the users named in child_restricted_users. */
  restricted: boolean("restricted").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const childRestrictedUsers = pgTable(
  "child_restricted_users",
  {
    childId: integer("child_id")
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.childId, t.userId] })],
);

/** Which team (and, where known, which worker) held the child's case, over time. */
export const allocations = pgTable(
  "allocations",
  {
    id: serial("id").primaryKey(),
    childId: integer("child_id")
      .notNull()
      .references(() => children.id, { onDelete: "cascade" }),
    teamId: integer("team_id")
      .notNull()
      .references(() => teams.id),
    workerUserId: integer("worker_user_id").references(() => users.id),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
  },
  (t) => [index("allocations_child_idx").on(t.childId), index("allocations_team_idx").on(t.teamId)],
);

/** One attempt to load one file: who, when, what, and how it ended. */
export const importRuns = pgTable(
  "import_runs",
  {
    id: serial("id").primaryKey(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    userId: integer("user_id").references(() => users.id),
    username: text("username"),
    fileName: text("file_name").notNull(),
    contentSha256: text("content_sha256").notNull(),
    byteSize: integer("byte_size").notNull(),
    format: text("format"),
    /** the extract slot this file fills (e.g. `cin:2012-03-31`); a later file for the slot replaces it. */
    sourceKey: text("source_key"),
    referenceDate: date("reference_date", { mode: "string" }),
    /** running, loaded, rejected, unchanged (same content as a loaded file), failed. */
    status: text("status").notNull(),
    counts: jsonb("counts").notNull().default({}),
    errorCount: integer("error_count").notNull().default(0),
    warningCount: integer("warning_count").notNull().default(0),
    problemsTruncated: boolean("problems_truncated").notNull().default(false),
    message: text("message"),
  },
  (t) => [index("import_runs_hash_idx").on(t.contentSha256, t.status)],
);

export const importProblems = pgTable(
  "import_problems",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    runId: integer("run_id")
      .notNull()
      .references(() => importRuns.id),
    file: text("file").notNull(),
    row: integer("row"),
    line: integer("line"),
    path: text("path"),
    column: text("column"),
    rule: text("rule").notNull(),
    message: text("message").notNull(),
    severity: text("severity").notNull(),
  },
  (t) => [index("import_problems_run_idx").on(t.runId)],
);
