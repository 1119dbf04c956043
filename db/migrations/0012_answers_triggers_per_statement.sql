-- Saving answers is the hottest write: the checks on answers now run once per statement, not per row
-- (a save statement carries many people's answers at once, server/services/response/save-answer.ts).
--
-- 1. Closed waves (migration 0004): the same refusal, from one query over the statement's rows at its
--    end (an AFTER STATEMENT trigger raising aborts the statement as the BEFORE ROW one did).
DROP TRIGGER answers_closed_wave ON answers;
--> statement-breakpoint
CREATE FUNCTION circles_refuse_closed_wave_rows() RETURNS trigger AS $$
DECLARE
  closed_wave uuid;
BEGIN
  IF coalesce(current_setting('circles.maintenance', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT w.id INTO closed_wave FROM waves w WHERE w.status = 'closed' AND w.id IN (SELECT DISTINCT wave_id FROM new_rows) LIMIT 1;
  END IF;
  IF closed_wave IS NULL AND TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT w.id INTO closed_wave FROM waves w WHERE w.status = 'closed' AND w.id IN (SELECT DISTINCT wave_id FROM old_rows) LIMIT 1;
  END IF;
  IF closed_wave IS NOT NULL THEN
    RAISE EXCEPTION 'wave % is closed: its % cannot change', closed_wave, TG_TABLE_NAME USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER answers_closed_wave_insert AFTER INSERT ON answers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION circles_refuse_closed_wave_rows();
--> statement-breakpoint
CREATE TRIGGER answers_closed_wave_update AFTER UPDATE ON answers
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION circles_refuse_closed_wave_rows();
--> statement-breakpoint
CREATE TRIGGER answers_closed_wave_delete AFTER DELETE ON answers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION circles_refuse_closed_wave_rows();
--> statement-breakpoint
-- 2. Report cubes (migration 0009): an update of answers no longer bumps the wave's report version.
--    Respondents' saves change only draft answers, which reports never count; the one writer that
--    changes answers of completed responses, erasure and retention (erasePersonalData), bumps the waves
--    it touches itself. Deleting answers still bumps through answers_report_delete.
DROP TRIGGER answers_report_update ON answers;
