-- The audit log is evidence: nobody, including the application's own database role,
-- may change or remove an entry. Triggers hold even for a superuser connection (PGlite
-- always connects as one), unlike GRANT/REVOKE.
CREATE OR REPLACE FUNCTION waymark_refuse_audit_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION waymark_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION waymark_refuse_audit_change();
