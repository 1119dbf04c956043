-- An answer the respondent cleared is kept as a row with no value (and its sequence number), so that a
-- late retry of an older value cannot bring it back.
ALTER TABLE "answers" DROP CONSTRAINT "answers_one_value";--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_one_value" CHECK (num_nonnulls("answers"."numeric_value", "answers"."choice_values", "answers"."text_value") <= 1);