-- Rules the database itself keeps, whatever the application does.

-- A published survey version is frozen: its row, perspectives, items and wordings refuse change.
CREATE FUNCTION circles_refuse_published_version_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD.status = 'published' THEN
    RAISE EXCEPTION 'survey version % is published and cannot be deleted', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = 'published' THEN
    RAISE EXCEPTION 'survey version % is published and cannot be changed', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER survey_versions_frozen BEFORE UPDATE OR DELETE ON survey_versions
  FOR EACH ROW EXECUTE FUNCTION circles_refuse_published_version_change();
--> statement-breakpoint
CREATE FUNCTION circles_refuse_published_content_change() RETURNS trigger AS $$
DECLARE
  version_ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'item_perspectives' THEN
    SELECT array_agg(i.survey_version_id) INTO version_ids FROM items i
      WHERE i.id IN (
        CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.item_id END,
        CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.item_id END);
  ELSIF TG_OP = 'INSERT' THEN
    version_ids := ARRAY[NEW.survey_version_id];
  ELSIF TG_OP = 'DELETE' THEN
    version_ids := ARRAY[OLD.survey_version_id];
  ELSE
    version_ids := ARRAY[OLD.survey_version_id, NEW.survey_version_id];
  END IF;
  IF EXISTS (SELECT 1 FROM survey_versions v WHERE v.id = ANY(version_ids) AND v.status = 'published') THEN
    RAISE EXCEPTION 'the survey version is published: its % cannot be changed', TG_TABLE_NAME USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER perspectives_frozen BEFORE INSERT OR UPDATE OR DELETE ON perspectives
  FOR EACH ROW EXECUTE FUNCTION circles_refuse_published_content_change();
--> statement-breakpoint
CREATE TRIGGER items_frozen BEFORE INSERT OR UPDATE OR DELETE ON items
  FOR EACH ROW EXECUTE FUNCTION circles_refuse_published_content_change();
--> statement-breakpoint
CREATE TRIGGER item_perspectives_frozen BEFORE INSERT OR UPDATE OR DELETE ON item_perspectives
  FOR EACH ROW EXECUTE FUNCTION circles_refuse_published_content_change();
--> statement-breakpoint

-- The audit log is append-only.
CREATE FUNCTION circles_refuse_audit_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'P0001';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION circles_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION circles_refuse_audit_change();
