-- An audit row's old_values and new_values hold the resource's whole view as JSON. TEXT ends at 65 535 bytes,
-- and one view can be larger: a risk alone has three texts of up to 10 000 characters (description,
-- vulnerability, existing_controls), up to 120 000 bytes in UTF-8, so saving such a risk failed on its audit
-- row (found by AuditTrailContract). MEDIUMTEXT (16 MB) holds any view Aegis bounds. Same character set and
-- collation as before (the table's). ../sqlite/V12__audit_states_mediumtext.sql: SQLite's TEXT has no bound.
ALTER TABLE audit_logs
    MODIFY old_values MEDIUMTEXT,
    MODIFY new_values MEDIUMTEXT;
