-- Closing a wave stops all writes to it: its circles, respondents, responses and answers refuse
-- INSERT, UPDATE and DELETE. The closing transaction itself (expiring unfinished links) runs before the
-- status changes; retention and erasure jobs set circles.maintenance = 'on' for their transaction.
CREATE FUNCTION circles_refuse_closed_wave_write() RETURNS trigger AS $$
DECLARE
  target_wave uuid;
BEGIN
  IF coalesce(current_setting('circles.maintenance', true), '') = 'on' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN target_wave := OLD.wave_id; ELSE target_wave := NEW.wave_id; END IF;
  IF EXISTS (SELECT 1 FROM waves w WHERE w.id = target_wave AND w.status = 'closed')
     OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM waves w WHERE w.id = OLD.wave_id AND w.status = 'closed')) THEN
    RAISE EXCEPTION 'wave % is closed: its % cannot change', target_wave, TG_TABLE_NAME USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER circles_closed_wave BEFORE INSERT OR UPDATE OR DELETE ON circles
  FOR EACH ROW EXECUTE FUNCTION circles_refuse_closed_wave_write();
--> statement-breakpoint
CREATE TRIGGER respondents_closed_wave BEFORE INSERT OR UPDATE OR DELETE ON respondents
  FOR EACH ROW EXECUTE FUNCTION circles_refuse_closed_wave_write();
--> statement-breakpoint
CREATE TRIGGER responses_closed_wave BEFORE INSERT OR UPDATE OR DELETE ON responses
  FOR EACH ROW EXECUTE FUNCTION circles_refuse_closed_wave_write();
--> statement-breakpoint
CREATE TRIGGER answers_closed_wave BEFORE INSERT OR UPDATE OR DELETE ON answers
  FOR EACH ROW EXECUTE FUNCTION circles_refuse_closed_wave_write();
