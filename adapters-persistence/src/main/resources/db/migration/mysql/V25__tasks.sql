-- Remediation tasks (issue #14, point 1; issue #13, point 9). ../sqlite/V25__tasks.sql is the same for SQLite (where
-- both tables are rebuilt) and says why each part is there. CAST(... AS BINARY) makes the enumerations
-- case-sensitive under the tables' case-insensitive collation, as V23 does.
ALTER TABLE tasks
    ADD KEY idx_tasks_assessment_control (assessment_id, control_id),
    ADD CONSTRAINT chk_task_status_valid CHECK (CAST(status AS BINARY) IN (
        'open', 'in_progress', 'in_review', 'blocked', 'done', 'cancelled')),
    ADD CONSTRAINT chk_task_type_valid CHECK (CAST(task_type AS BINARY) IN (
        'remediation', 'review', 'evidence_collection', 'policy', 'training', 'other'));

ALTER TABLE task_comments
    ADD CONSTRAINT chk_task_comment_type_valid CHECK (CAST(comment_type AS BINARY) IN ('comment', 'status_change'));
