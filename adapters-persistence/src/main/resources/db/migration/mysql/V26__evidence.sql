-- The evidence repository (issue #14, points 2-5). ../sqlite/V26__evidence.sql is the same for SQLite (where
-- evidence and evidence_controls are rebuilt) and says why each part is there. CAST(... AS BINARY) makes the
-- enumerations case-sensitive under the tables' case-insensitive collation, as V23's do.
ALTER TABLE evidence
    ADD COLUMN integrity_status VARCHAR(20) NOT NULL DEFAULT 'unverified',
    ADD COLUMN integrity_checked_at DATETIME(6),
    ADD KEY idx_evidence_file_hash (file_hash),
    ADD KEY idx_evidence_retention_date (retention_date),
    ADD CONSTRAINT chk_evidence_sensitivity_valid CHECK (CAST(sensitivity_level AS BINARY) IN (
        'public', 'internal', 'confidential', 'restricted')),
    ADD CONSTRAINT chk_evidence_integrity_valid CHECK (CAST(integrity_status AS BINARY) IN (
        'unverified', 'intact', 'failed'));

ALTER TABLE evidence_controls
    ADD UNIQUE KEY uq_evidence_controls_link (evidence_id, control_id),
    ADD CONSTRAINT chk_evidence_support_type_valid CHECK (CAST(support_type AS BINARY) IN (
        'primary', 'supporting', 'compensating')),
    ADD CONSTRAINT chk_evidence_adequacy_valid CHECK (CAST(adequacy_rating AS BINARY) IN (
        'adequate', 'partially_adequate', 'inadequate'));

ALTER TABLE task_evidence
    ADD UNIQUE KEY uq_task_evidence_link (task_id, evidence_id);

-- The built-in Admin role holds every permission, so it gains evidence:restricted: reading evidence marked
-- restricted that someone else uploaded. Appended as V11 appends credential:manage (see there why).
UPDATE roles
SET permissions = CONCAT(SUBSTRING(permissions, 1, CHAR_LENGTH(permissions) - 1), ',"evidence:restricted"]'),
    updated_at  = UTC_TIMESTAMP(3)
WHERE name = 'Admin'
  AND permissions LIKE '%]'
  AND permissions NOT LIKE '%"evidence:restricted"%';
