-- Contacts, early help, visits, staff and allocations: versions by extract slot and merged views.
-- Generated once from src/cases/record-tables.ts (recordTablesDdl); edit both together.
CREATE TABLE "contact_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "contact_date" date NOT NULL,
  "source" text,
  "outcome" text,
  PRIMARY KEY ("source_key", "la_child_id", "contact_date")
);
--> statement-breakpoint
CREATE INDEX "contact_versions_key_idx" ON "contact_versions" ("la_child_id", "contact_date", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_contacts" AS
  SELECT DISTINCT ON ("la_child_id", "contact_date") *
  FROM "contact_versions"
  ORDER BY "la_child_id", "contact_date", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "early_help_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "start_date" date NOT NULL,
  "completion_date" date,
  "organisation" text,
  PRIMARY KEY ("source_key", "la_child_id", "start_date")
);
--> statement-breakpoint
CREATE INDEX "early_help_versions_key_idx" ON "early_help_versions" ("la_child_id", "start_date", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_early_help" AS
  SELECT DISTINCT ON ("la_child_id", "start_date") *
  FROM "early_help_versions"
  ORDER BY "la_child_id", "start_date", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "visit_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "kind" text NOT NULL,
  "visit_date" date NOT NULL,
  "child_seen" boolean,
  "seen_alone" boolean,
  PRIMARY KEY ("source_key", "la_child_id", "visit_date", "kind")
);
--> statement-breakpoint
CREATE INDEX "visit_versions_key_idx" ON "visit_versions" ("la_child_id", "visit_date", "kind", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_visits" AS
  SELECT DISTINCT ON ("la_child_id", "visit_date", "kind") *
  FROM "visit_versions"
  ORDER BY "la_child_id", "visit_date", "kind", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "staff_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "staff_id" text NOT NULL,
  "team_name" text,
  "role" text,
  "fte" numeric,
  "agency" boolean,
  "qualified_date" date,
  "asye_start_date" date,
  "start_date" date,
  "leave_date" date,
  PRIMARY KEY ("source_key", "staff_id")
);
--> statement-breakpoint
CREATE INDEX "staff_versions_key_idx" ON "staff_versions" ("staff_id", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_staff" AS
  SELECT DISTINCT ON ("staff_id") *
  FROM "staff_versions"
  ORDER BY "staff_id", "reference_date" DESC, "file_name" DESC;
--> statement-breakpoint
CREATE TABLE "allocation_versions" (
  "source_key" text NOT NULL,
  "reference_date" date NOT NULL,
  "file_name" text NOT NULL,
  "run_id" integer NOT NULL REFERENCES "import_runs"("id"),
  "la_child_id" text NOT NULL,
  "team_name" text NOT NULL,
  "staff_id" text,
  "start_date" date NOT NULL,
  "end_date" date,
  PRIMARY KEY ("source_key", "la_child_id", "start_date", "team_name")
);
--> statement-breakpoint
CREATE INDEX "allocation_versions_key_idx" ON "allocation_versions" ("la_child_id", "start_date", "team_name", "reference_date" DESC, "file_name" DESC);
--> statement-breakpoint
CREATE VIEW "current_allocations" AS
  SELECT DISTINCT ON ("la_child_id", "start_date", "team_name") *
  FROM "allocation_versions"
  ORDER BY "la_child_id", "start_date", "team_name", "reference_date" DESC, "file_name" DESC;
