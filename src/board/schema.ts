/**
 * Governance: bodies and their members, meetings with agendas, attendance, minutes,
 * decisions and actions; the reporting calendar; and board packs locked to a snapshot.
 */
import {
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
import { noticeMeasures, notices } from "../plan/schema.ts";
import { users } from "../platform/schema.ts";

export const bodies = pgTable("bodies", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
  name: text("name").notNull(),
  remit: text("remit").notNull(),
  accountableTo: text("accountable_to"),
});

export const bodyMembers = pgTable("body_members", {
  id: serial("id").primaryKey(),
  bodyId: integer("body_id")
    .notNull()
    .references(() => bodies.id),
  name: text("name").notNull(),
  role: text("role").notNull(),
  organisation: text("organisation").notNull(),
});

export const meetings = pgTable("meetings", {
  id: serial("id").primaryKey(),
  bodyId: integer("body_id")
    .notNull()
    .references(() => bodies.id),
  date: date("date", { mode: "string" }).notNull(),
  title: text("title").notNull(),
  minutes: text("minutes").notNull().default(""),
});

export const agendaItems = pgTable("agenda_items", {
  id: serial("id").primaryKey(),
  meetingId: integer("meeting_id")
    .notNull()
    .references(() => meetings.id, { onDelete: "cascade" }),
  ordinal: integer("ordinal").notNull(),
  title: text("title").notNull(),
});

export const attendance = pgTable(
  "attendance",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    memberId: integer("member_id")
      .notNull()
      .references(() => bodyMembers.id),
    present: boolean("present").notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.memberId] })],
);

export const decisions = pgTable("decisions", {
  id: serial("id").primaryKey(),
  meetingId: integer("meeting_id")
    .notNull()
    .references(() => meetings.id),
  text: text("text").notNull(),
  recordedBy: integer("recorded_by").references(() => users.id),
  recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
});

export const meetingActions = pgTable("meeting_actions", {
  id: serial("id").primaryKey(),
  meetingId: integer("meeting_id")
    .notNull()
    .references(() => meetings.id),
  text: text("text").notNull(),
  owner: text("owner").notNull(),
  dueDate: date("due_date", { mode: "string" }).notNull(),
  doneOn: date("done_on", { mode: "string" }),
  recordedBy: integer("recorded_by").references(() => users.id),
  recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
});

export const reportingItems = pgTable("reporting_items", {
  id: serial("id").primaryKey(),
  noticeId: integer("notice_id")
    .notNull()
    .references(() => notices.id),
  kind: text("kind").notNull(),
  title: text("title").notNull(),
  dueDate: date("due_date", { mode: "string" }).notNull(),
  owner: text("owner").notNull(),
  deliveredOn: date("delivered_on", { mode: "string" }),
  note: text("note"),
});

export const boardPacks = pgTable("board_packs", {
  id: serial("id").primaryKey(),
  meetingId: integer("meeting_id")
    .notNull()
    .references(() => meetings.id),
  /** set for a quarterly report to the minister, signed off at the meeting */
  reportingItemId: integer("reporting_item_id").references(() => reportingItems.id),
  /** board (unsuppressed) or members (small numbers suppressed) */
  audience: text("audience").notNull(),
  /** what the pack was built from: computation, definitions, target ids, plan version */
  snapshot: jsonb("snapshot").notNull(),
  htmlSha256: text("html_sha256").notNull(),
  createdBy: integer("created_by").references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
});

/**
 * The chair's commentary against each notice measure for a quarterly report to the
 * minister. Append-only: a new entry supersedes the last, and the history stays.
 */
export const measureCommentary = pgTable(
  "measure_commentary",
  {
    id: serial("id").primaryKey(),
    reportingItemId: integer("reporting_item_id")
      .notNull()
      .references(() => reportingItems.id),
    measureId: integer("measure_id")
      .notNull()
      .references(() => noticeMeasures.id),
    text: text("text").notNull(),
    recordedBy: integer("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("measure_commentary_item_idx").on(t.reportingItemId, t.measureId, t.id)],
);
