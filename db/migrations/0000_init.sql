CREATE TYPE "public"."member_role" AS ENUM('admin', 'manager', 'staff');--> statement-breakpoint
CREATE TYPE "public"."item_type" AS ENUM('rating5', 'rating10', 'yesNo', 'singleChoice', 'multipleChoice', 'text');--> statement-breakpoint
CREATE TYPE "public"."survey_version_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."anonymity_mode" AS ENUM('anonymous', 'confidential');--> statement-breakpoint
CREATE TYPE "public"."respondent_status" AS ENUM('invited', 'sent', 'opened', 'started', 'completed', 'declined', 'opted_out', 'expired');--> statement-breakpoint
CREATE TYPE "public"."wave_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."response_status" AS ENUM('draft', 'submitted');--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "member_role" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sites" text[] DEFAULT '{}'::text[] NOT NULL,
	"units" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"default_language" text DEFAULT 'en' NOT NULL,
	"default_anonymity_threshold" integer DEFAULT 5 NOT NULL,
	"retention_days" integer,
	"contact_text" text,
	"privacy_text" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_slug_unique" UNIQUE("slug"),
	CONSTRAINT "organisations_threshold_min" CHECK ("organisations"."default_anonymity_threshold" >= 3),
	CONSTRAINT "organisations_retention_positive" CHECK ("organisations"."retention_days" is null or "organisations"."retention_days" > 0)
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_lower" CHECK ("users"."email" = lower("users"."email"))
);
--> statement-breakpoint
CREATE TABLE "item_perspectives" (
	"item_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	"wording" jsonb NOT NULL,
	CONSTRAINT "item_perspectives_item_id_perspective_id_pk" PRIMARY KEY("item_id","perspective_id")
);
--> statement-breakpoint
CREATE TABLE "items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_version_id" uuid NOT NULL,
	"key" text NOT NULL,
	"type" "item_type" NOT NULL,
	"config" jsonb NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL,
	"page" integer DEFAULT 1 NOT NULL,
	"condition" jsonb,
	CONSTRAINT "items_config_type" CHECK ("items"."config"->>'type' = "items"."type"::text)
);
--> statement-breakpoint
CREATE TABLE "perspectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_version_id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" jsonb NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL,
	"limit_per_circle" integer DEFAULT 1 NOT NULL,
	"invitable_by_organisation" boolean DEFAULT true NOT NULL,
	"invitable_by_respondent" boolean DEFAULT false NOT NULL,
	CONSTRAINT "perspectives_id_primary_unique" UNIQUE("id","is_primary"),
	CONSTRAINT "perspectives_primary_limit" CHECK (not "perspectives"."is_primary" or "perspectives"."limit_per_circle" = 1),
	CONSTRAINT "perspectives_limit_positive" CHECK ("perspectives"."limit_per_circle" between 1 and 50)
);
--> statement-breakpoint
CREATE TABLE "survey_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" "survey_version_status" DEFAULT 'draft' NOT NULL,
	"default_language" text DEFAULT 'en' NOT NULL,
	"languages" text[] DEFAULT '{en}'::text[] NOT NULL,
	"intro" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "survey_versions_id_org_unique" UNIQUE("id","organisation_id"),
	CONSTRAINT "survey_versions_published_at" CHECK (("survey_versions"."status" = 'published') = ("survey_versions"."published_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "surveys_id_org_unique" UNIQUE("id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "circles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"external_ref" text,
	"site" text,
	"unit" text,
	"experience_date" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "circles_id_wave_org_unique" UNIQUE("id","wave_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "respondent_contacts" (
	"respondent_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"do_not_contact" boolean DEFAULT false NOT NULL,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "respondents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"circle_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	"is_primary" boolean NOT NULL,
	"relationship" text,
	"status" "respondent_status" DEFAULT 'invited' NOT NULL,
	"language" text,
	"token_hash" text,
	"token_issued_at" timestamp with time zone,
	"invited_by_respondent_id" uuid,
	"invited_by_user_id" uuid,
	"answered_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	CONSTRAINT "respondents_report_key_unique" UNIQUE("id","wave_id","perspective_id","organisation_id"),
	CONSTRAINT "respondents_answered_by" CHECK ("respondents"."answered_by" is null or "respondents"."answered_by" in ('self', 'helped', 'proxy'))
);
--> statement-breakpoint
CREATE TABLE "waves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"survey_version_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" "wave_status" DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"timezone" text DEFAULT 'UTC' NOT NULL,
	"audience" jsonb DEFAULT '{"sites":[],"units":[]}'::jsonb NOT NULL,
	"channels" text[] DEFAULT '{link}'::text[] NOT NULL,
	"reminder_days" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"allow_companion_invites" boolean DEFAULT false NOT NULL,
	"companion_perspective_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"max_companions_per_circle" integer DEFAULT 0 NOT NULL,
	"anonymity_mode" "anonymity_mode" DEFAULT 'confidential' NOT NULL,
	"anonymity_threshold" integer DEFAULT 5 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "waves_id_org_unique" UNIQUE("id","organisation_id"),
	CONSTRAINT "waves_threshold_min" CHECK ("waves"."anonymity_threshold" >= 3),
	CONSTRAINT "waves_companions_nonnegative" CHECK ("waves"."max_companions_per_circle" >= 0),
	CONSTRAINT "waves_period" CHECK ("waves"."opens_at" is null or "waves"."closes_at" is null or "waves"."opens_at" < "waves"."closes_at")
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	"respondent_id" uuid NOT NULL,
	"response_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"numeric_value" double precision,
	"choice_values" text[],
	"text_value" text,
	"client_seq" bigint DEFAULT 0 NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answers_one_value" CHECK (num_nonnulls("answers"."numeric_value", "answers"."choice_values", "answers"."text_value") = 1)
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"wave_id" uuid NOT NULL,
	"perspective_id" uuid NOT NULL,
	"respondent_id" uuid NOT NULL,
	"survey_version_id" uuid NOT NULL,
	"status" "response_status" DEFAULT 'draft' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "responses_submitted_at" CHECK (("responses"."status" = 'submitted') = ("responses"."submitted_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_perspectives" ADD CONSTRAINT "item_perspectives_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_perspectives" ADD CONSTRAINT "item_perspectives_perspective_id_perspectives_id_fk" FOREIGN KEY ("perspective_id") REFERENCES "public"."perspectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "items" ADD CONSTRAINT "items_survey_version_id_survey_versions_id_fk" FOREIGN KEY ("survey_version_id") REFERENCES "public"."survey_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "perspectives" ADD CONSTRAINT "perspectives_survey_version_id_survey_versions_id_fk" FOREIGN KEY ("survey_version_id") REFERENCES "public"."survey_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_survey_fk" FOREIGN KEY ("survey_id","organisation_id") REFERENCES "public"."surveys"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circles" ADD CONSTRAINT "circles_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "circles" ADD CONSTRAINT "circles_wave_fk" FOREIGN KEY ("wave_id","organisation_id") REFERENCES "public"."waves"("id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondent_contacts" ADD CONSTRAINT "respondent_contacts_respondent_id_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."respondents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondent_contacts" ADD CONSTRAINT "respondent_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_circle_fk" FOREIGN KEY ("circle_id","wave_id","organisation_id") REFERENCES "public"."circles"("id","wave_id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_perspective_fk" FOREIGN KEY ("perspective_id","is_primary") REFERENCES "public"."perspectives"("id","is_primary") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_invited_by_fk" FOREIGN KEY ("invited_by_respondent_id") REFERENCES "public"."respondents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waves" ADD CONSTRAINT "waves_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waves" ADD CONSTRAINT "waves_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waves" ADD CONSTRAINT "waves_survey_fk" FOREIGN KEY ("survey_id","organisation_id") REFERENCES "public"."surveys"("id","organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waves" ADD CONSTRAINT "waves_survey_version_fk" FOREIGN KEY ("survey_version_id","organisation_id") REFERENCES "public"."survey_versions"("id","organisation_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_item_id_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_respondent_fk" FOREIGN KEY ("respondent_id","wave_id","perspective_id","organisation_id") REFERENCES "public"."respondents"("id","wave_id","perspective_id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_survey_version_id_survey_versions_id_fk" FOREIGN KEY ("survey_version_id") REFERENCES "public"."survey_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_respondent_fk" FOREIGN KEY ("respondent_id","wave_id","perspective_id","organisation_id") REFERENCES "public"."respondents"("id","wave_id","perspective_id","organisation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_org_user_unique" ON "memberships" USING btree ("organisation_id","user_id");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_email_idx" ON "sign_in_attempts" USING btree ("email","created_at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_ip_idx" ON "sign_in_attempts" USING btree ("ip","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_unique" ON "users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "item_perspectives_perspective_idx" ON "item_perspectives" USING btree ("perspective_id");--> statement-breakpoint
CREATE UNIQUE INDEX "items_version_key_unique" ON "items" USING btree ("survey_version_id","key");--> statement-breakpoint
CREATE INDEX "items_version_idx" ON "items" USING btree ("survey_version_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "perspectives_version_key_unique" ON "perspectives" USING btree ("survey_version_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "perspectives_one_primary" ON "perspectives" USING btree ("survey_version_id") WHERE "perspectives"."is_primary";--> statement-breakpoint
CREATE UNIQUE INDEX "survey_versions_number_unique" ON "survey_versions" USING btree ("survey_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_versions_one_draft" ON "survey_versions" USING btree ("survey_id") WHERE "survey_versions"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "surveys_org_idx" ON "surveys" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "circles_wave_external_ref_unique" ON "circles" USING btree ("wave_id","external_ref") WHERE "circles"."external_ref" is not null;--> statement-breakpoint
CREATE INDEX "circles_wave_idx" ON "circles" USING btree ("wave_id","site","unit");--> statement-breakpoint
CREATE UNIQUE INDEX "respondents_one_primary_per_circle" ON "respondents" USING btree ("circle_id") WHERE "respondents"."is_primary";--> statement-breakpoint
CREATE UNIQUE INDEX "respondents_token_hash_unique" ON "respondents" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "respondents_circle_idx" ON "respondents" USING btree ("circle_id");--> statement-breakpoint
CREATE INDEX "respondents_wave_perspective_idx" ON "respondents" USING btree ("wave_id","perspective_id","status");--> statement-breakpoint
CREATE INDEX "waves_org_idx" ON "waves" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "waves_survey_idx" ON "waves" USING btree ("survey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "answers_respondent_item_unique" ON "answers" USING btree ("respondent_id","item_id");--> statement-breakpoint
CREATE INDEX "answers_report_idx" ON "answers" USING btree ("wave_id","item_id","perspective_id");--> statement-breakpoint
CREATE UNIQUE INDEX "responses_respondent_unique" ON "responses" USING btree ("respondent_id");--> statement-breakpoint
CREATE INDEX "responses_wave_idx" ON "responses" USING btree ("wave_id","perspective_id","status");--> statement-breakpoint
CREATE INDEX "audit_log_org_idx" ON "audit_log" USING btree ("organisation_id","created_at");