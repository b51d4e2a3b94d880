-- Versions of every case record by extract slot, and the merged "current" views.
-- Generated once from src/cases/record-tables.ts (recordTablesDdl); edit both together.
CREATE TABLE "child_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "upn" text,
  "date_of_birth" date,
  "sex" text,
  "ethnicity" text,
  "disabilities" jsonb,
  PRIMARY KEY ("source_key", "la_child_id")
);
--> statement-breakpoint
CREATE INDEX "child_versions_key_idx" ON "child_versions" ("la_child_id", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_children" AS
  SELECT DISTINCT ON ("la_child_id") *
  FROM "child_versions"
  ORDER BY "la_child_id", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "referral_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "referral_date" date NOT NULL,
  "source" text,
  "nfa" boolean,
  "primary_need" text,
  "closure_date" date,
  "closure_reason" text,
  PRIMARY KEY ("source_key", "la_child_id", "referral_date")
);
--> statement-breakpoint
CREATE INDEX "referral_versions_key_idx" ON "referral_versions" ("la_child_id", "referral_date", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_referrals" AS
  SELECT DISTINCT ON ("la_child_id", "referral_date") *
  FROM "referral_versions"
  ORDER BY "la_child_id", "referral_date", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "assessment_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "kind" text NOT NULL,
  "start_date" date NOT NULL,
  "completion_date" date,
  "referral_date" date,
  "child_seen" boolean,
  "factors" jsonb,
  PRIMARY KEY ("source_key", "la_child_id", "start_date", "kind")
);
--> statement-breakpoint
CREATE INDEX "assessment_versions_key_idx" ON "assessment_versions" ("la_child_id", "start_date", "kind", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_assessments" AS
  SELECT DISTINCT ON ("la_child_id", "start_date", "kind") *
  FROM "assessment_versions"
  ORDER BY "la_child_id", "start_date", "kind", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "section47_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "start_date" date NOT NULL,
  "referral_date" date,
  "icpc_target_date" date,
  "icpc_date" date,
  "icpc_not_required" boolean,
  PRIMARY KEY ("source_key", "la_child_id", "start_date")
);
--> statement-breakpoint
CREATE INDEX "section47_versions_key_idx" ON "section47_versions" ("la_child_id", "start_date", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_section47s" AS
  SELECT DISTINCT ON ("la_child_id", "start_date") *
  FROM "section47_versions"
  ORDER BY "la_child_id", "start_date", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "cp_plan_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "start_date" date NOT NULL,
  "end_date" date,
  "initial_category" text,
  "latest_category" text,
  "previous_plans" integer,
  "review_dates" jsonb,
  PRIMARY KEY ("source_key", "la_child_id", "start_date")
);
--> statement-breakpoint
CREATE INDEX "cp_plan_versions_key_idx" ON "cp_plan_versions" ("la_child_id", "start_date", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_cp_plans" AS
  SELECT DISTINCT ON ("la_child_id", "start_date") *
  FROM "cp_plan_versions"
  ORDER BY "la_child_id", "start_date", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "cin_plan_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "start_date" date NOT NULL,
  "end_date" date,
  PRIMARY KEY ("source_key", "la_child_id", "start_date")
);
--> statement-breakpoint
CREATE INDEX "cin_plan_versions_key_idx" ON "cin_plan_versions" ("la_child_id", "start_date", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_cin_plans" AS
  SELECT DISTINCT ON ("la_child_id", "start_date") *
  FROM "cin_plan_versions"
  ORDER BY "la_child_id", "start_date", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "lac_episode_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "decom" date NOT NULL,
  "rne" text,
  "legal_status" text,
  "cin_code" text,
  "placement" text,
  "placement_provider" text,
  "dec" date,
  "reason_episode_ceased" text,
  "reason_place_change" text,
  "home_postcode" text,
  "placement_postcode" text,
  "urn" text,
  PRIMARY KEY ("source_key", "la_child_id", "decom")
);
--> statement-breakpoint
CREATE INDEX "lac_episode_versions_key_idx" ON "lac_episode_versions" ("la_child_id", "decom", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_lac_episodes" AS
  SELECT DISTINCT ON ("la_child_id", "decom") *
  FROM "lac_episode_versions"
  ORDER BY "la_child_id", "decom", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "lac_review_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "review_date" date NOT NULL,
  "review_code" text,
  PRIMARY KEY ("source_key", "la_child_id", "review_date")
);
--> statement-breakpoint
CREATE INDEX "lac_review_versions_key_idx" ON "lac_review_versions" ("la_child_id", "review_date", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_lac_reviews" AS
  SELECT DISTINCT ON ("la_child_id", "review_date") *
  FROM "lac_review_versions"
  ORDER BY "la_child_id", "review_date", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "missing_episode_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "start_date" date NOT NULL,
  "end_date" date,
  "kind" text,
  PRIMARY KEY ("source_key", "la_child_id", "start_date")
);
--> statement-breakpoint
CREATE INDEX "missing_episode_versions_key_idx" ON "missing_episode_versions" ("la_child_id", "start_date", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_missing_episodes" AS
  SELECT DISTINCT ON ("la_child_id", "start_date") *
  FROM "missing_episode_versions"
  ORDER BY "la_child_id", "start_date", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "care_leaver_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "in_touch" text,
  "activity" text,
  "accommodation" text,
  PRIMARY KEY ("source_key", "la_child_id")
);
--> statement-breakpoint
CREATE INDEX "care_leaver_versions_key_idx" ON "care_leaver_versions" ("la_child_id", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_care_leavers" AS
  SELECT DISTINCT ON ("la_child_id") *
  FROM "care_leaver_versions"
  ORDER BY "la_child_id", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "health_check_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "collection_year" integer NOT NULL,
  "health_check" boolean,
  "dental_check" boolean,
  "immunisations" boolean,
  PRIMARY KEY ("source_key", "la_child_id", "collection_year")
);
--> statement-breakpoint
CREATE INDEX "health_check_versions_key_idx" ON "health_check_versions" ("la_child_id", "collection_year", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_health_checks" AS
  SELECT DISTINCT ON ("la_child_id", "collection_year") *
  FROM "health_check_versions"
  ORDER BY "la_child_id", "collection_year", "reference_date" DESC, "file_name" DESC;
