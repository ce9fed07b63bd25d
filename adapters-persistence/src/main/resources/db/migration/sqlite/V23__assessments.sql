-- Assessments (issue #13, point 6). ../mysql/V23__assessments.sql is the same for MySQL / MariaDB.
--
-- The seed's assessments and assessment_controls get CHECKs of their enumerations against the domain's keys
-- (io.aegis.domain.assessment: AssessmentStatus, AssessmentRiskRating, ImplementationStatus, Effectiveness), the
-- maturity range 1..5 and the score range 0..100; a control is evaluated once per assessment
-- (uq_assessment_controls_control); an assessment may be scoped to a baseline of its framework (baseline_id; a
-- baseline removed leaves the assessment and its rows, which were copied from the selection when it was created).
--
-- SQLite cannot add a CHECK, so both tables are rebuilt as V5 rebuilt risks (see there why foreign keys are off,
-- executeInTransaction=false and a SAVEPOINT): same columns and ids, indexes and triggers re-created.
PRAGMA foreign_keys = OFF;
SAVEPOINT v23_assessments;

CREATE TABLE assessments_v23 (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    name                 VARCHAR(255) NOT NULL,
    description          TEXT,
    assessment_type      VARCHAR(100) NOT NULL,
    framework_id         INTEGER,
    asset_id             INTEGER,
    scope                TEXT,
    methodology          VARCHAR(100),
    status               VARCHAR(50) DEFAULT 'planning',
    start_date           DATETIME,
    end_date             DATETIME,
    due_date             DATETIME,
    assessor_internal    INTEGER,
    assessor_external    VARCHAR(255),
    overall_score        DOUBLE,
    risk_rating          VARCHAR(20),
    executive_summary    TEXT,
    recommendations      TEXT,
    ai_generated_summary TEXT,
    ai_confidence_score  INTEGER,
    is_active            BOOLEAN DEFAULT TRUE,
    created_at           DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at           DATETIME,
    created_by_id        INTEGER,
    baseline_id          INTEGER,
    CONSTRAINT fk_assessments_framework_id FOREIGN KEY (framework_id) REFERENCES frameworks (id) ON DELETE SET NULL,
    CONSTRAINT fk_assessments_asset_id FOREIGN KEY (asset_id) REFERENCES assets (id) ON DELETE SET NULL,
    CONSTRAINT fk_assessments_assessor_internal FOREIGN KEY (assessor_internal) REFERENCES users (id)
        ON DELETE SET NULL,
    CONSTRAINT fk_assessments_created_by_id FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_assessments_baseline_id FOREIGN KEY (baseline_id) REFERENCES framework_baselines (id)
        ON DELETE SET NULL,
    CONSTRAINT chk_assessment_status_valid CHECK (status IN (
        'planning', 'in_progress', 'under_review', 'completed', 'cancelled')),
    CONSTRAINT chk_assessment_risk_rating_valid CHECK (risk_rating IN ('low', 'medium', 'high', 'critical')),
    CONSTRAINT chk_assessment_score_range CHECK (overall_score BETWEEN 0 AND 100)
);
INSERT INTO assessments_v23 SELECT *, NULL FROM assessments;
DELETE FROM sqlite_sequence WHERE name = 'assessments_v23';
INSERT INTO sqlite_sequence (name, seq) SELECT 'assessments_v23', seq FROM sqlite_sequence WHERE name = 'assessments';
DROP TABLE assessments;
ALTER TABLE assessments_v23 RENAME TO assessments;
CREATE INDEX idx_assessments_asset_id ON assessments (asset_id);
CREATE INDEX idx_assessments_framework_id ON assessments (framework_id);
CREATE INDEX idx_assessments_status ON assessments (status);
CREATE INDEX idx_assessments_created_by_id ON assessments (created_by_id);
CREATE INDEX idx_assessments_type_status ON assessments (assessment_type, status);
CREATE INDEX idx_assessments_assessor_internal ON assessments (assessor_internal);
CREATE INDEX idx_assessments_baseline_id ON assessments (baseline_id);
CREATE TRIGGER trg_assessments_updated_at AFTER UPDATE ON assessments FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE assessments SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE assessment_controls_v23 (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    assessment_id         INTEGER NOT NULL,
    control_id            INTEGER NOT NULL,
    implementation_status VARCHAR(50) NOT NULL,
    effectiveness_rating  VARCHAR(20),
    maturity_level        INTEGER,
    findings              TEXT,
    recommendations       TEXT,
    evidence_notes        TEXT,
    tested_by             INTEGER,
    tested_date           DATETIME,
    ai_assessment         TEXT,
    ai_confidence_score   INTEGER,
    created_at            DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at            DATETIME,
    CONSTRAINT fk_assessment_controls_assessment_id FOREIGN KEY (assessment_id) REFERENCES assessments (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_assessment_controls_control_id FOREIGN KEY (control_id) REFERENCES controls (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_controls_tested_by FOREIGN KEY (tested_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT chk_implementation_status_valid CHECK (implementation_status IN (
        'not_assessed', 'not_implemented', 'partially_implemented', 'implemented', 'not_applicable')),
    CONSTRAINT chk_effectiveness_rating_valid CHECK (effectiveness_rating IN (
        'effective', 'partially_effective', 'ineffective')),
    CONSTRAINT chk_maturity_level_range CHECK (maturity_level BETWEEN 1 AND 5)
);
INSERT INTO assessment_controls_v23 SELECT * FROM assessment_controls;
DELETE FROM sqlite_sequence WHERE name = 'assessment_controls_v23';
INSERT INTO sqlite_sequence (name, seq)
SELECT 'assessment_controls_v23', seq FROM sqlite_sequence WHERE name = 'assessment_controls';
DROP TABLE assessment_controls;
ALTER TABLE assessment_controls_v23 RENAME TO assessment_controls;
CREATE INDEX idx_assessment_controls_assessment_id ON assessment_controls (assessment_id);
CREATE INDEX idx_assessment_controls_control_id ON assessment_controls (control_id);
CREATE INDEX idx_assessment_controls_status ON assessment_controls (assessment_id, implementation_status);
CREATE INDEX idx_assessment_controls_tested_by ON assessment_controls (tested_by);
CREATE UNIQUE INDEX uq_assessment_controls_control ON assessment_controls (assessment_id, control_id);
CREATE TRIGGER trg_assessment_controls_updated_at AFTER UPDATE ON assessment_controls FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE assessment_controls SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

-- the copies kept every id, so every reference still holds; a broken one fails the migration here
CREATE TEMP TABLE v23_foreign_key_check (
    broken_references INTEGER CONSTRAINT chk_v23_no_broken_reference CHECK (broken_references = 0)
);
INSERT INTO v23_foreign_key_check SELECT COUNT(*) FROM pragma_foreign_key_check;
DROP TABLE v23_foreign_key_check;

RELEASE v23_assessments;
PRAGMA foreign_keys = ON;
