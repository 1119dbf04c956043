ALTER TABLE "survey_versions" DROP COLUMN "default_language";--> statement-breakpoint
ALTER TABLE "survey_versions" DROP COLUMN "languages";--> statement-breakpoint
ALTER TABLE "survey_versions" DROP COLUMN "intro";--> statement-breakpoint

-- A wave sends a published version: never a draft, which may still change.
CREATE FUNCTION circles_wave_needs_published_version() RETURNS trigger AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM survey_versions v WHERE v.id = NEW.survey_version_id AND v.status = 'published') THEN
    RAISE EXCEPTION 'a wave must use a published survey version' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER waves_published_version BEFORE INSERT OR UPDATE OF survey_version_id ON waves
  FOR EACH ROW EXECUTE FUNCTION circles_wave_needs_published_version();
