/**
 * The Improvement Notice, its measures, and the Improvement Plan: actions with owners,
 * milestones, dated progress updates (append-only: an action's status and percent complete
 * are those of its latest update), evidence, approved plan versions and the ICS issue log.
 */
import {
  bigserial,
  boolean,
  customType,
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
import { users } from "../platform/schema.ts";

const bytea = customType<{ data: Buffer }>({ dataType: () => "bytea" });

export const notices = pgTable("notices", {
  id: serial("id").primaryKey(),
  issuedBy: text("issued_by").notNull(),
  issuedOn: date("issued_on", { mode: "string" }).notNull(),
  services: text("services").notNull(),
  evidence: text("evidence").notNull(),
  reference: text("reference"),
  planApprovalDeadline: date("plan_approval_deadline", { mode: "string" }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const noticeMeasures = pgTable("notice_measures", {
  id: serial("id").primaryKey(),
  noticeId: integer("notice_id")
    .notNull()
    .references(() => notices.id),
  ref: text("ref").notNull().unique(),
  /** social_care_practice, capacity_and_capability, partnership_and_governance, support */
  grp: text("grp").notNull(),
  text: text("text").notNull(),
  ordinal: integer("ordinal").notNull(),
  /** indicator ids that evidence it */
  indicatorIds: text("indicator_ids").array().notNull().default([]),
});

export const planActions = pgTable("plan_actions", {
  id: serial("id").primaryKey(),
  ref: text("ref").notNull().unique(),
  title: text("title").notNull(),
  leadBody: text("lead_body").notNull(),
  startDate: date("start_date", { mode: "string" }).notNull(),
  dueDate: date("due_date", { mode: "string" }).notNull(),
  /** "ics" for the ICS implementation workstream, else null */
  workstream: text("workstream"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const actionMeasures = pgTable(
  "action_measures",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => planActions.id, { onDelete: "cascade" }),
    measureId: integer("measure_id")
      .notNull()
      .references(() => noticeMeasures.id),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.measureId] })],
);

export const actionOwners = pgTable(
  "action_owners",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => planActions.id, { onDelete: "cascade" }),
    owner: text("owner").notNull(),
    /** the Waymark user who may update it, when the owner has an account */
    userId: integer("user_id").references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.owner] })],
);

export const actionMilestones = pgTable("action_milestones", {
  id: serial("id").primaryKey(),
  actionId: integer("action_id")
    .notNull()
    .references(() => planActions.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  dueDate: date("due_date", { mode: "string" }).notNull(),
  doneOn: date("done_on", { mode: "string" }),
});

export const actionUpdates = pgTable(
  "action_updates",
  {
    id: serial("id").primaryKey(),
    actionId: integer("action_id")
      .notNull()
      .references(() => planActions.id),
    onDate: date("on_date", { mode: "string" }).notNull(),
    status: text("status").notNull(),
    percentComplete: integer("percent_complete").notNull(),
    text: text("text").notNull(),
    recordedBy: integer("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("action_updates_action_idx").on(t.actionId, t.id)],
);

export const evidence = pgTable("evidence", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  actionId: integer("action_id").references(() => planActions.id),
  measureId: integer("measure_id").references(() => noticeMeasures.id),
  kind: text("kind").notNull(),
  title: text("title").notNull(),
  url: text("url"),
  fileName: text("file_name"),
  contentType: text("content_type"),
  byteSize: integer("byte_size"),
  sha256: text("sha256"),
  content: bytea("content"),
  recordedBy: integer("recorded_by").references(() => users.id),
  recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
});

export const planVersions = pgTable("plan_versions", {
  id: serial("id").primaryKey(),
  /** the whole plan as it stood: actions, owners, milestones, latest updates */
  snapshot: jsonb("snapshot").notNull(),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  approvedMeetingId: integer("approved_meeting_id"),
  approvedBy: integer("approved_by").references(() => users.id),
  approvedAt: timestamp("approved_at", { withTimezone: true }),
  locked: boolean("locked").notNull().default(false),
});

export const icsIssues = pgTable("ics_issues", {
  id: serial("id").primaryKey(),
  ref: text("ref").notNull().unique(),
  raisedOn: date("raised_on", { mode: "string" }).notNull(),
  issue: text("issue").notNull(),
  impact: text("impact").notNull(),
  actionTaken: text("action_taken").notNull(),
  status: text("status").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});
