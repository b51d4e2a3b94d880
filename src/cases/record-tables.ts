/**
 * How each canonical record type is stored: its versions table, natural key and columns.
 * Every import writes rows tagged with the extract "slot" they came from (source_key, e.g.
 * `cin:2012-03-31`) and the slot's reference date; the current view of a record is its
 * copy from the latest slot (reference date, then file name). That single rule gives the
 * merge semantics of ../shared/spec/indicators.md: overlapping extracts never double count,
 * a later file replaces a record whole, records only in earlier files are kept, and a new
 * file for the same slot replaces that slot's records (including ones it no longer has).
 */
import type { CaseRecord, CaseRecordType } from "./model.ts";

export type PgType = "text" | "date" | "boolean" | "integer" | "numeric" | "jsonb";

export interface ColumnSpec {
  column: string;
  field: string;
  type: PgType;
}

export interface RecordTableSpec {
  type: CaseRecordType;
  /** versions table: one row per (slot, natural key). */
  table: string;
  /** merged view: one row per natural key. */
  view: string;
  key: string[];
  columns: ColumnSpec[];
}

const col = (column: string, field: string, type: PgType = "text"): ColumnSpec => ({
  column,
  field,
  type,
});
const child = col("la_child_id", "laChildId");

export const RECORD_TABLES: Record<CaseRecordType, RecordTableSpec> = {
  child: {
    type: "child",
    table: "child_versions",
    view: "current_children",
    key: ["la_child_id"],
    columns: [
      child,
      col("upn", "upn"),
      col("date_of_birth", "dateOfBirth", "date"),
      col("sex", "sex"),
      col("ethnicity", "ethnicity"),
      col("disabilities", "disabilities", "jsonb"),
    ],
  },
  referral: {
    type: "referral",
    table: "referral_versions",
    view: "current_referrals",
    key: ["la_child_id", "referral_date"],
    columns: [
      child,
      col("referral_date", "referralDate", "date"),
      col("source", "source"),
      col("nfa", "nfa", "boolean"),
      col("primary_need", "primaryNeed"),
      col("closure_date", "closureDate", "date"),
      col("closure_reason", "closureReason"),
    ],
  },
  assessment: {
    type: "assessment",
    table: "assessment_versions",
    view: "current_assessments",
    key: ["la_child_id", "start_date", "kind"],
    columns: [
      child,
      col("kind", "kind"),
      col("start_date", "startDate", "date"),
      col("completion_date", "completionDate", "date"),
      col("referral_date", "referralDate", "date"),
      col("child_seen", "childSeen", "boolean"),
      col("factors", "factors", "jsonb"),
    ],
  },
  section47: {
    type: "section47",
    table: "section47_versions",
    view: "current_section47s",
    key: ["la_child_id", "start_date"],
    columns: [
      child,
      col("start_date", "startDate", "date"),
      col("referral_date", "referralDate", "date"),
      col("icpc_target_date", "icpcTargetDate", "date"),
      col("icpc_date", "icpcDate", "date"),
      col("icpc_not_required", "icpcNotRequired", "boolean"),
    ],
  },
  cp_plan: {
    type: "cp_plan",
    table: "cp_plan_versions",
    view: "current_cp_plans",
    key: ["la_child_id", "start_date"],
    columns: [
      child,
      col("start_date", "startDate", "date"),
      col("end_date", "endDate", "date"),
      col("initial_category", "initialCategory"),
      col("latest_category", "latestCategory"),
      col("previous_plans", "previousPlans", "integer"),
      col("review_dates", "reviewDates", "jsonb"),
    ],
  },
  cin_plan: {
    type: "cin_plan",
    table: "cin_plan_versions",
    view: "current_cin_plans",
    key: ["la_child_id", "start_date"],
    columns: [child, col("start_date", "startDate", "date"), col("end_date", "endDate", "date")],
  },
  lac_episode: {
    type: "lac_episode",
    table: "lac_episode_versions",
    view: "current_lac_episodes",
    key: ["la_child_id", "decom"],
    columns: [
      child,
      col("decom", "decom", "date"),
      col("rne", "rne"),
      col("legal_status", "legalStatus"),
      col("cin_code", "cinCode"),
      col("placement", "placement"),
      col("placement_provider", "placementProvider"),
      col("dec", "dec", "date"),
      col("reason_episode_ceased", "reasonEpisodeCeased"),
      col("reason_place_change", "reasonPlaceChange"),
      col("home_postcode", "homePostcode"),
      col("placement_postcode", "placementPostcode"),
      col("urn", "urn"),
    ],
  },
  lac_review: {
    type: "lac_review",
    table: "lac_review_versions",
    view: "current_lac_reviews",
    key: ["la_child_id", "review_date"],
    columns: [child, col("review_date", "reviewDate", "date"), col("review_code", "reviewCode")],
  },
  missing_episode: {
    type: "missing_episode",
    table: "missing_episode_versions",
    view: "current_missing_episodes",
    key: ["la_child_id", "start_date"],
    columns: [
      child,
      col("start_date", "startDate", "date"),
      col("end_date", "endDate", "date"),
      col("kind", "kind"),
    ],
  },
  care_leaver: {
    type: "care_leaver",
    table: "care_leaver_versions",
    view: "current_care_leavers",
    key: ["la_child_id"],
    columns: [
      child,
      col("in_touch", "inTouch"),
      col("activity", "activity"),
      col("accommodation", "accommodation"),
    ],
  },
  health_check: {
    type: "health_check",
    table: "health_check_versions",
    view: "current_health_checks",
    key: ["la_child_id", "collection_year"],
    columns: [
      child,
      col("collection_year", "collectionYear", "integer"),
      col("health_check", "healthCheck", "boolean"),
      col("dental_check", "dentalCheck", "boolean"),
      col("immunisations", "immunisations", "boolean"),
    ],
  },
  contact: {
    type: "contact",
    table: "contact_versions",
    view: "current_contacts",
    key: ["la_child_id", "contact_date"],
    columns: [
      child,
      col("contact_date", "contactDate", "date"),
      col("source", "source"),
      col("outcome", "outcome"),
    ],
  },
  early_help: {
    type: "early_help",
    table: "early_help_versions",
    view: "current_early_help",
    key: ["la_child_id", "start_date"],
    columns: [
      child,
      col("start_date", "startDate", "date"),
      col("completion_date", "completionDate", "date"),
      col("organisation", "organisation"),
    ],
  },
  visit: {
    type: "visit",
    table: "visit_versions",
    view: "current_visits",
    key: ["la_child_id", "visit_date", "kind"],
    columns: [
      child,
      col("kind", "kind"),
      col("visit_date", "visitDate", "date"),
      col("child_seen", "childSeen", "boolean"),
      col("seen_alone", "seenAlone", "boolean"),
    ],
  },
  staff: {
    type: "staff",
    table: "staff_versions",
    view: "current_staff",
    key: ["staff_id"],
    columns: [
      col("staff_id", "staffId"),
      col("team_name", "teamName"),
      col("role", "role"),
      col("fte", "fte", "numeric"),
      col("agency", "agency", "boolean"),
      col("qualified_date", "qualifiedDate", "date"),
      col("asye_start_date", "asyeStartDate", "date"),
      col("start_date", "startDate", "date"),
      col("leave_date", "leaveDate", "date"),
    ],
  },
  allocation: {
    type: "allocation",
    table: "allocation_versions",
    view: "current_allocations",
    key: ["la_child_id", "start_date", "team_name"],
    columns: [
      child,
      col("team_name", "teamName"),
      col("staff_id", "staffId"),
      col("start_date", "startDate", "date"),
      col("end_date", "endDate", "date"),
    ],
  },
};

export function naturalKeyOf(record: CaseRecord): string {
  const spec = RECORD_TABLES[record.type];
  const values = record.record as unknown as Record<string, unknown>;
  return spec.key
    .map((column) =>
      String(values[spec.columns.find((c) => c.column === column)?.field ?? ""] ?? ""),
    )
    .join("|");
}

/** The DDL for every versions table and merged view (used to write the migration). */
export function recordTablesDdl(
  types: CaseRecordType[] = Object.keys(RECORD_TABLES) as CaseRecordType[],
): string {
  const statements: string[] = [];
  for (const spec of types.map((type) => RECORD_TABLES[type])) {
    const columns = spec.columns.map(
      (c) => `  "${c.column}" ${c.type}${spec.key.includes(c.column) ? " NOT NULL" : ""}`,
    );
    statements.push(
      `CREATE TABLE "${spec.table}" (\n  "source_key" text NOT NULL,\n  "reference_date" date NOT NULL,\n  "file_name" text NOT NULL,\n  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),\n${columns.join(",\n")},\n  PRIMARY KEY ("source_key", ${spec.key.map((k) => `"${k}"`).join(", ")})\n);`,
      `CREATE INDEX "${spec.table}_key_idx" ON "${spec.table}" (${spec.key.map((k) => `"${k}"`).join(", ")}, "reference_date" DESC, "file_name" DESC);`,
      `CREATE VIEW "${spec.view}" AS\n  SELECT DISTINCT ON (${spec.key.map((k) => `"${k}"`).join(", ")}) *\n  FROM "${spec.table}"\n  ORDER BY ${spec.key.map((k) => `"${k}"`).join(", ")}, "reference_date" DESC, "file_name" DESC;`,
    );
  }
  return statements.join("\n--> statement-breakpoint\n");
}
