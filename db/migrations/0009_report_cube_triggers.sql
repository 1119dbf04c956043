-- Report cubes (server/services/report/report-cube.ts) are rebuilt when a wave's report inputs change.
-- These triggers bump the wave's counter in report_versions on every such change: respondents added,
-- removed or changed (status, who answered, …), circles' attributes changed, waves changed (time zone),
-- and answers of completed respondents changed or removed (erasure, retention). Answers given while a
-- response is a draft do not count in reports, so saving them bumps nothing.
CREATE FUNCTION report_bump_waves(wave_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO report_versions (wave_id, version)
  SELECT DISTINCT w, 1 FROM unnest(wave_ids) AS w WHERE w IS NOT NULL
  ON CONFLICT (wave_id) DO UPDATE SET version = report_versions.version + 1;
$$;
--> statement-breakpoint
CREATE FUNCTION report_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM report_bump_waves(ARRAY(SELECT DISTINCT wave_id FROM old_rows));
  ELSE
    PERFORM report_bump_waves(ARRAY(SELECT DISTINCT wave_id FROM new_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION report_answers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM report_bump_waves(ARRAY(
      SELECT DISTINCT o.wave_id FROM old_rows o JOIN respondents r ON r.id = o.respondent_id AND r.status = 'completed'));
  ELSE
    PERFORM report_bump_waves(ARRAY(
      SELECT DISTINCT n.wave_id FROM new_rows n JOIN respondents r ON r.id = n.respondent_id AND r.status = 'completed'));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION report_wave_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM report_bump_waves(ARRAY[NEW.id]);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER respondents_report_insert AFTER INSERT ON respondents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER respondents_report_update AFTER UPDATE ON respondents
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER respondents_report_delete AFTER DELETE ON respondents
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER circles_report_update AFTER UPDATE ON circles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER circles_report_delete AFTER DELETE ON circles
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_rows_changed();
--> statement-breakpoint
CREATE TRIGGER answers_report_update AFTER UPDATE ON answers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_answers_changed();
--> statement-breakpoint
CREATE TRIGGER answers_report_delete AFTER DELETE ON answers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_answers_changed();
--> statement-breakpoint
CREATE TRIGGER waves_report_update AFTER UPDATE ON waves
  FOR EACH ROW EXECUTE FUNCTION report_wave_changed();
