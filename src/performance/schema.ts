/**
 * Performance tables: computed indicator series, targets with their history, monthly
 * commentary on exceptions, SPC change points, and published benchmarks.
 *
 * Everything here is append-only in use: a recomputation is a new `indicator_computations`
 * row with its own values (a board pack can point at the one it used), a changed target or
 * commentary is a new row, and a benchmark load is a new set. History is read, never edited.
 */
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { users } from "../platform/schema.ts";

export const indicatorComputations = pgTable("indicator_computations", {
  id: serial("id").primaryKey(),
  computedAt: timestamp("computed_at", { withTimezone: true }).notNull(),
  /** what caused it: "import 12", "start", "cli" */
  trigger: text("trigger").notNull(),
  /** the completed import runs whose records were current when it ran */
  importRunIds: integer("import_run_ids").array().notNull(),
  /** { indicatorId: version } of every definition used */
  definitionVersions: jsonb("definition_versions").notNull(),
  firstMonth: date("first_month", { mode: "string" }),
  lastMonth: date("last_month", { mode: "string" }),
  durationMs: integer("duration_ms").notNull(),
});

export const indicatorValues = pgTable(
  "indicator_values",
  {
    computationId: integer("computation_id")
      .notNull()
      .references(() => indicatorComputations.id, { onDelete: "cascade" }),
    indicatorId: text("indicator_id").notNull(),
    definitionVersion: integer("definition_version").notNull(),
    /** month, ytd (financial year to date) or rolling12 */
    series: text("series").notNull(),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    /** '' for the whole council, else the team the children were allocated to */
    teamName: text("team_name").notNull().default(""),
    numerator: integer("numerator").notNull(),
    denominator: integer("denominator"),
    value: numeric("value"),
    excludedCount: integer("excluded_count").notNull().default(0),
  },
  (t) => [
    primaryKey({
      columns: [t.computationId, t.indicatorId, t.series, t.periodEnd, t.teamName],
    }),
  ],
);

export const indicatorTargets = pgTable(
  "indicator_targets",
  {
    id: serial("id").primaryKey(),
    indicatorId: text("indicator_id").notNull(),
    /** [{ from: YYYY-MM-DD, value }]: the trajectory */
    steps: jsonb("steps").notNull(),
    toleranceKind: text("tolerance_kind").notNull(),
    toleranceAmount: numeric("tolerance_amount").notNull(),
    targetDate: date("target_date", { mode: "string" }).notNull(),
    agreedBy: text("agreed_by").notNull(),
    /** the Board meeting that agreed it, as minuted (e.g. "Improvement Board, 26 April 2012") */
    agreedAt: text("agreed_at").notNull(),
    agreedOn: date("agreed_on", { mode: "string" }).notNull(),
    /** why it changed, for every version after the first */
    changeReason: text("change_reason"),
    recordedBy: integer("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("indicator_targets_indicator_idx").on(t.indicatorId, t.id)],
);

export const indicatorCommentary = pgTable(
  "indicator_commentary",
  {
    id: serial("id").primaryKey(),
    indicatorId: text("indicator_id").notNull(),
    /** the month it comments on, as its last day */
    periodEnd: date("period_end", { mode: "string" }).notNull(),
    owner: text("owner").notNull(),
    narrative: text("narrative").notNull(),
    correctiveAction: text("corrective_action").notNull(),
    recordedBy: integer("recorded_by").references(() => users.id),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("indicator_commentary_idx").on(t.indicatorId, t.periodEnd, t.id)],
);

export const spcChangePoints = pgTable("spc_change_points", {
  id: serial("id").primaryKey(),
  /** null: applies to every indicator (e.g. a new case system) */
  indicatorId: text("indicator_id"),
  /** the first month of the new process, as its first day */
  fromMonth: date("from_month", { mode: "string" }).notNull(),
  label: text("label").notNull(),
  recordedBy: integer("recorded_by").references(() => users.id),
  recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
});

export const benchmarkSets = pgTable("benchmark_sets", {
  id: serial("id").primaryKey(),
  kind: text("kind").notNull(),
  fileName: text("file_name").notNull(),
  contentSha256: text("content_sha256").notNull(),
  rowCount: integer("row_count").notNull(),
  loadedBy: integer("loaded_by").references(() => users.id),
  loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull(),
});

export const benchmarkValues = pgTable(
  "benchmark_values",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    setId: integer("set_id")
      .notNull()
      .references(() => benchmarkSets.id),
    indicatorId: text("indicator_id").notNull(),
    year: text("year").notNull(),
    areaCode: text("area_code").notNull(),
    areaName: text("area_name").notNull(),
    value: numeric("value"),
    marker: text("marker"),
    source: text("source").notNull(),
  },
  (t) => [index("benchmark_values_idx").on(t.indicatorId, t.year, t.areaCode)],
);

export const benchmarkNeighbours = pgTable("benchmark_neighbours", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  setId: integer("set_id")
    .notNull()
    .references(() => benchmarkSets.id),
  laCode: text("la_code").notNull(),
  laName: text("la_name").notNull(),
  neighbourCode: text("neighbour_code").notNull(),
  neighbourName: text("neighbour_name").notNull(),
  closeness: text("closeness").notNull(),
  listVersion: text("list_version").notNull(),
});
