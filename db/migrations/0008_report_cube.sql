CREATE TABLE "report_cells" (
	"wave_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	"site" text,
	"unit" text,
	"month" text,
	"answered_by" text,
	"kind" smallint NOT NULL,
	"numeric_value" double precision,
	"choice_value" text,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_cubes" (
	"wave_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL,
	"built_at" timestamp with time zone DEFAULT now() NOT NULL,
	"build_ms" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_funnel_cells" (
	"wave_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	"site" text,
	"unit" text,
	"month" text,
	"answered_by" text,
	"status" text NOT NULL,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_pair_cells" (
	"wave_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"perspective_a" uuid NOT NULL,
	"perspective_b" uuid NOT NULL,
	"value_a" double precision NOT NULL,
	"value_b" double precision NOT NULL,
	"site" text,
	"unit" text,
	"month" text,
	"answered_by" text,
	"n" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_versions" (
	"wave_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_cells" ADD CONSTRAINT "report_cells_wave_id_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_cubes" ADD CONSTRAINT "report_cubes_wave_id_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_funnel_cells" ADD CONSTRAINT "report_funnel_cells_wave_id_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_pair_cells" ADD CONSTRAINT "report_pair_cells_wave_id_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "report_cells_wave_idx" ON "report_cells" USING btree ("wave_id","kind");--> statement-breakpoint
CREATE INDEX "report_funnel_cells_wave_idx" ON "report_funnel_cells" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "report_pair_cells_wave_idx" ON "report_pair_cells" USING btree ("wave_id");