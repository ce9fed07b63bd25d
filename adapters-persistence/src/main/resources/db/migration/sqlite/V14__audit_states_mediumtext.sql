-- Nothing to change on SQLite, whose TEXT has no bound: ../mysql/V12__audit_states_mediumtext.sql widens
-- audit_logs.old_values and new_values from TEXT (64 KB) to MEDIUMTEXT, so that a large view is audited whole.
-- This file keeps the two folders' versions in step.
SELECT 1;
