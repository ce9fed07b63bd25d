-- The evidence repository (issue #14, points 2-5). ../mysql/V26__evidence.sql is the same for MySQL / MariaDB.
--
-- evidence gets its integrity check's outcome (integrity_status: unverified, intact or failed, and when it was last
-- checked: a download re-hashes the stored file) and a CHECK of sensitivity_level against the domain's keys
-- (io.aegis.domain.evidence.Sensitivity); file_hash is indexed because identical content is stored once and the
-- purge asks which files rows still name, retention_date because the purge looks for what has expired.
-- evidence_controls gets CHECKs of support_type and adequacy_rating (SupportType, Adequacy) and links a piece of
-- evidence to a control once (uq_evidence_controls_link); task_evidence links it to a task once.
--
-- SQLite cannot add a CHECK, so evidence and evidence_controls are rebuilt as V23 rebuilt assessments (see V5 why
-- foreign keys are off, executeInTransaction=false and a SAVEPOINT): same columns and ids, indexes and triggers
-- re-created.
PRAGMA foreign_keys = OFF;
SAVEPOINT v26_evidence;

CREATE TABLE evidence_v26 (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    title                VARCHAR(500) NOT NULL,
    description          TEXT,
    evidence_type        VARCHAR(100) NOT NULL,
    category             VARCHAR(100),
    file_path            VARCHAR(1000),
    file_name            VARCHAR(500),
    file_size            BIGINT,
    file_type            VARCHAR(100),
    file_hash            VARCHAR(256),
    source_system        VARCHAR(100),
    collection_date      DATETIME,
    retention_date       DATETIME,
    sensitivity_level    VARCHAR(50),
    access_restrictions  TEXT,
    metadata             TEXT,
    tags                 TEXT,
    ai_analysis          TEXT,
    ai_confidence_score  INTEGER,
    ai_last_analyzed     DATETIME,
    is_active            BOOLEAN DEFAULT TRUE,
    created_at           DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at           DATETIME,
    uploaded_by          INTEGER,
    integrity_status     VARCHAR(20) NOT NULL DEFAULT 'unverified',
    integrity_checked_at DATETIME,
    CONSTRAINT fk_evidence_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT chk_evidence_sensitivity_valid CHECK (sensitivity_level IN (
        'public', 'internal', 'confidential', 'restricted')),
    CONSTRAINT chk_evidence_integrity_valid CHECK (integrity_status IN ('unverified', 'intact', 'failed'))
);
INSERT INTO evidence_v26 SELECT *, 'unverified', NULL FROM evidence;
DELETE FROM sqlite_sequence WHERE name = 'evidence_v26';
INSERT INTO sqlite_sequence (name, seq) SELECT 'evidence_v26', seq FROM sqlite_sequence WHERE name = 'evidence';
DROP TABLE evidence;
ALTER TABLE evidence_v26 RENAME TO evidence;
CREATE INDEX idx_evidence_uploaded_by ON evidence (uploaded_by);
CREATE INDEX idx_evidence_file_hash ON evidence (file_hash);
CREATE INDEX idx_evidence_retention_date ON evidence (retention_date);
CREATE TRIGGER trg_evidence_updated_at AFTER UPDATE ON evidence FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE evidence SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE evidence_controls_v26 (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    evidence_id     INTEGER NOT NULL,
    control_id      INTEGER NOT NULL,
    support_type    VARCHAR(50),
    adequacy_rating VARCHAR(20),
    notes           TEXT,
    created_by      INTEGER,
    created_at      DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    CONSTRAINT fk_evidence_controls_evidence_id FOREIGN KEY (evidence_id) REFERENCES evidence (id) ON DELETE CASCADE,
    CONSTRAINT fk_evidence_controls_control_id FOREIGN KEY (control_id) REFERENCES controls (id) ON DELETE CASCADE,
    CONSTRAINT fk_evidence_controls_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT chk_evidence_support_type_valid CHECK (support_type IN ('primary', 'supporting', 'compensating')),
    CONSTRAINT chk_evidence_adequacy_valid CHECK (adequacy_rating IN (
        'adequate', 'partially_adequate', 'inadequate'))
);
INSERT INTO evidence_controls_v26 SELECT * FROM evidence_controls;
DELETE FROM sqlite_sequence WHERE name = 'evidence_controls_v26';
INSERT INTO sqlite_sequence (name, seq)
SELECT 'evidence_controls_v26', seq FROM sqlite_sequence WHERE name = 'evidence_controls';
DROP TABLE evidence_controls;
ALTER TABLE evidence_controls_v26 RENAME TO evidence_controls;
CREATE INDEX idx_evidence_controls_evidence_id ON evidence_controls (evidence_id);
CREATE INDEX idx_evidence_controls_control_id ON evidence_controls (control_id);
CREATE INDEX idx_evidence_controls_created_by ON evidence_controls (created_by);
CREATE UNIQUE INDEX uq_evidence_controls_link ON evidence_controls (evidence_id, control_id);

CREATE UNIQUE INDEX uq_task_evidence_link ON task_evidence (task_id, evidence_id);

-- the copies kept every id, so every reference still holds; a broken one fails the migration here
CREATE TEMP TABLE v26_foreign_key_check (
    broken_references INTEGER CONSTRAINT chk_v26_no_broken_reference CHECK (broken_references = 0)
);
INSERT INTO v26_foreign_key_check SELECT COUNT(*) FROM pragma_foreign_key_check;
DROP TABLE v26_foreign_key_check;

-- The built-in Admin role holds every permission, so it gains evidence:restricted: reading evidence marked
-- restricted that someone else uploaded. Appended as V11 appends credential:manage (see there why).
UPDATE roles
SET permissions = substr(permissions, 1, length(permissions) - 1) || ',"evidence:restricted"]',
    updated_at  = strftime('%Y-%m-%d %H:%M:%f', 'now')
WHERE name = 'Admin'
  AND permissions LIKE '%]'
  AND permissions NOT LIKE '%"evidence:restricted"%';

RELEASE v26_evidence;
PRAGMA foreign_keys = ON;
