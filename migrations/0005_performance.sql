CREATE TABLE "benchmark_neighbours" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"set_id" integer NOT NULL,
	"la_code" text NOT NULL,
	"la_name" text NOT NULL,
	"neighbour_code" text NOT NULL,
	"neighbour_name" text NOT NULL,
	"closeness" text NOT NULL,
	"list_version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benchmark_sets" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_sha256" text NOT NULL,
	"row_count" integer NOT NULL,
	"loaded_by" integer,
	"loaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benchmark_values" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"set_id" integer NOT NULL,
	"indicator_id" text NOT NULL,
	"year" text NOT NULL,
	"area_code" text NOT NULL,
	"area_name" text NOT NULL,
	"value" numeric,
	"marker" text,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_commentary" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" text NOT NULL,
	"period_end" date NOT NULL,
	"owner" text NOT NULL,
	"narrative" text NOT NULL,
	"corrective_action" text NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_computations" (
	"id" serial PRIMARY KEY NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"trigger" text NOT NULL,
	"import_run_ids" integer[] NOT NULL,
	"definition_versions" jsonb NOT NULL,
	"first_month" date,
	"last_month" date,
	"duration_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" text NOT NULL,
	"steps" jsonb NOT NULL,
	"tolerance_kind" text NOT NULL,
	"tolerance_amount" numeric NOT NULL,
	"target_date" date NOT NULL,
	"agreed_by" text NOT NULL,
	"agreed_at" text NOT NULL,
	"agreed_on" date NOT NULL,
	"change_reason" text,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"computation_id" integer NOT NULL,
	"indicator_id" text NOT NULL,
	"definition_version" integer NOT NULL,
	"series" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"team_name" text DEFAULT '' NOT NULL,
	"numerator" integer NOT NULL,
	"denominator" integer,
	"value" numeric,
	"excluded_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "indicator_values_computation_id_indicator_id_series_period_end_team_name_pk" PRIMARY KEY("computation_id","indicator_id","series","period_end","team_name")
);
--> statement-breakpoint
CREATE TABLE "spc_change_points" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" text,
	"from_month" date NOT NULL,
	"label" text NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "benchmark_neighbours" ADD CONSTRAINT "benchmark_neighbours_set_id_benchmark_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."benchmark_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_sets" ADD CONSTRAINT "benchmark_sets_loaded_by_users_id_fk" FOREIGN KEY ("loaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_values" ADD CONSTRAINT "benchmark_values_set_id_benchmark_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."benchmark_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_commentary" ADD CONSTRAINT "indicator_commentary_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_computation_id_indicator_computations_id_fk" FOREIGN KEY ("computation_id") REFERENCES "public"."indicator_computations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spc_change_points" ADD CONSTRAINT "spc_change_points_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benchmark_values_idx" ON "benchmark_values" USING btree ("indicator_id","year","area_code");--> statement-breakpoint
CREATE INDEX "indicator_commentary_idx" ON "indicator_commentary" USING btree ("indicator_id","period_end","id");--> statement-breakpoint
CREATE INDEX "indicator_targets_indicator_idx" ON "indicator_targets" USING btree ("indicator_id","id");