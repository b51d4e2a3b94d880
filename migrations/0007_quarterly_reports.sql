CREATE TABLE "measure_commentary" (
	"id" serial PRIMARY KEY NOT NULL,
	"reporting_item_id" integer NOT NULL,
	"measure_id" integer NOT NULL,
	"text" text NOT NULL,
	"recorded_by" integer,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "board_packs" ADD COLUMN "reporting_item_id" integer;--> statement-breakpoint
ALTER TABLE "measure_commentary" ADD CONSTRAINT "measure_commentary_reporting_item_id_reporting_items_id_fk" FOREIGN KEY ("reporting_item_id") REFERENCES "public"."reporting_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_commentary" ADD CONSTRAINT "measure_commentary_measure_id_notice_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."notice_measures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measure_commentary" ADD CONSTRAINT "measure_commentary_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_commentary_item_idx" ON "measure_commentary" USING btree ("reporting_item_id","measure_id","id");--> statement-breakpoint
ALTER TABLE "board_packs" ADD CONSTRAINT "board_packs_reporting_item_id_reporting_items_id_fk" FOREIGN KEY ("reporting_item_id") REFERENCES "public"."reporting_items"("id") ON DELETE no action ON UPDATE no action;