-- Risk matrices may be up to 6 x 6 (io.aegis.domain.risk.MatrixAxis.MAX_LEVELS): the seed's range CHECKs on
-- risks allowed 1..5 only. They keep their names and allow 1..6; the residual likelihood and impact get the
-- same range. ../mysql/V5__risk_matrix_sizes.sql is the same for MySQL / MariaDB.
--
-- SQLite cannot alter a CHECK, so the table is rebuilt as https://www.sqlite.org/lang_altertable.html#otheralter
-- prescribes: same definition apart from the checks, rows copied with their ids, old table dropped, new one
-- renamed, indexes and trigger re-created. Dropping risks with foreign keys on would delete every risk_scores
-- row (ON DELETE CASCADE) and clear tasks.risk_id (SET NULL), and PRAGMA foreign_keys is a no-op inside a
-- transaction: hence executeInTransaction=false (V5__risk_matrix_sizes.sql.conf) and a transaction of our own,
-- opened with SAVEPOINT because Flyway's SQLite parser takes a bare BEGIN for the start of a trigger body.
-- Database.migrate() retires the connections Flyway used, so none that failed half-way with foreign keys off
-- is ever handed out again.
PRAGMA foreign_keys = OFF;
SAVEPOINT v5_risk_matrix_sizes;

CREATE TABLE risks_v5 (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    title                  VARCHAR(500) NOT NULL,
    description            TEXT,
    category               VARCHAR(20) NOT NULL,
    subcategory            VARCHAR(100),
    risk_type              VARCHAR(100),
    source                 VARCHAR(100),
    source_reference       VARCHAR(255),
    asset_id               INTEGER,
    affected_systems       TEXT,
    business_process       VARCHAR(255),
    risk_matrix_id         INTEGER,
    inherent_likelihood    INTEGER,
    inherent_impact        INTEGER,
    inherent_risk_score    DOUBLE,
    residual_likelihood    INTEGER,
    residual_impact        INTEGER,
    residual_risk_score    DOUBLE,
    risk_level             VARCHAR(20),
    threat_source          VARCHAR(255),
    vulnerability          TEXT,
    existing_controls      TEXT,
    control_effectiveness  VARCHAR(50),
    ai_generated_statement TEXT,
    ai_risk_assessment     TEXT,
    ai_confidence_score    INTEGER,
    ai_last_updated        DATETIME,
    treatment_strategy     VARCHAR(50),
    treatment_rationale    TEXT,
    status                 VARCHAR(20) DEFAULT 'identified',
    owner_id               INTEGER,
    identified_date        DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    target_resolution_date DATETIME,
    actual_resolution_date DATETIME,
    last_review_date       DATETIME,
    next_review_date       DATETIME,
    tags                   TEXT,
    custom_fields          TEXT,
    is_active              BOOLEAN DEFAULT TRUE,
    created_at             DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at             DATETIME,
    created_by             INTEGER,
    CONSTRAINT fk_risks_asset_id FOREIGN KEY (asset_id) REFERENCES assets (id) ON DELETE SET NULL,
    CONSTRAINT fk_risks_risk_matrix_id FOREIGN KEY (risk_matrix_id) REFERENCES risk_matrices (id) ON DELETE RESTRICT,
    CONSTRAINT fk_risks_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_risks_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT chk_risk_category_valid CHECK (category IN (
        'operational', 'technical', 'strategic', 'compliance', 'financial', 'reputational')),
    CONSTRAINT chk_risk_status_valid CHECK (status IN (
        'identified', 'assessed', 'mitigating', 'monitoring', 'accepted', 'closed')),
    CONSTRAINT chk_likelihood_range CHECK (inherent_likelihood BETWEEN 1 AND 6),
    CONSTRAINT chk_impact_range CHECK (inherent_impact BETWEEN 1 AND 6),
    CONSTRAINT chk_residual_likelihood_range CHECK (residual_likelihood BETWEEN 1 AND 6),
    CONSTRAINT chk_residual_impact_range CHECK (residual_impact BETWEEN 1 AND 6),
    CONSTRAINT chk_risk_score_positive CHECK (inherent_risk_score >= 0)
);

INSERT INTO risks_v5 SELECT * FROM risks;
-- AUTOINCREMENT promises never to reuse an id, also one whose row was deleted: carry the counter over
DELETE FROM sqlite_sequence WHERE name = 'risks_v5';
INSERT INTO sqlite_sequence (name, seq) SELECT 'risks_v5', seq FROM sqlite_sequence WHERE name = 'risks';
DROP TABLE risks;
ALTER TABLE risks_v5 RENAME TO risks;
CREATE INDEX idx_risks_title ON risks (title);
CREATE INDEX idx_risks_category ON risks (category);
CREATE INDEX idx_risks_status ON risks (status);
CREATE INDEX idx_risks_asset_id ON risks (asset_id);
CREATE INDEX idx_risks_owner_id ON risks (owner_id);
CREATE INDEX idx_risks_risk_level ON risks (risk_level);
CREATE INDEX idx_risks_identified_date ON risks (identified_date);
CREATE INDEX idx_risks_status_level ON risks (status, risk_level);
CREATE INDEX idx_risks_asset_category ON risks (asset_id, category);
CREATE INDEX idx_risks_risk_matrix_id ON risks (risk_matrix_id);
CREATE INDEX idx_risks_created_by ON risks (created_by);
CREATE TRIGGER trg_risks_updated_at AFTER UPDATE ON risks FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE risks SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

-- the copy kept every id, so every reference still holds; a broken one fails the migration here
CREATE TEMP TABLE v5_foreign_key_check (
    broken_references INTEGER CONSTRAINT chk_v5_no_broken_reference CHECK (broken_references = 0)
);
INSERT INTO v5_foreign_key_check SELECT COUNT(*) FROM pragma_foreign_key_check;
DROP TABLE v5_foreign_key_check;

RELEASE v5_risk_matrix_sizes;
PRAGMA foreign_keys = ON;
