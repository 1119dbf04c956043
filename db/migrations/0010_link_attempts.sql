-- Failed personal-link openings by network address: guessing links is rate-limited across instances.
CREATE TABLE "link_attempts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "link_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ip" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "link_attempts_ip_idx" ON "link_attempts" USING btree ("ip","created_at");--> statement-breakpoint
CREATE INDEX "link_attempts_created_idx" ON "link_attempts" USING btree ("created_at");