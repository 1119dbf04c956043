-- Versions made before this migration get an empty definition (there were none outside development).
ALTER TABLE "survey_versions" ADD COLUMN "definition" jsonb NOT NULL DEFAULT '{}'::jsonb;--> statement-breakpoint
ALTER TABLE "survey_versions" ALTER COLUMN "definition" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "survey_versions" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;