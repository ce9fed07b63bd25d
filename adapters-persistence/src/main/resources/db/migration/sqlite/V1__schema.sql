-- Aegis schema for SQLite: the 25 tables of the schema document (adapters-persistence/src/test/resources/seed/).
-- ../mysql/V1__schema.sql is the same schema for MySQL 8.0.31+ / MariaDB 10.7+; SchemaParityTest keeps the two
-- identical and SeedConformanceTest holds both to the document. Decisions and their reasons: docs/SCHEMA.md.
--
-- * Timestamps are UTC text; defaults and triggers write 'YYYY-MM-DD HH:MM:SS.SSS'. updated_at is maintained by
--   one trigger per table, trg_<table>_updated_at, which fires only when the UPDATE left updated_at unchanged (an
--   application that sets it itself wins) and not when it already holds the current millisecond (so it cannot
--   loop when a client runs with recursive_triggers on).
-- * SQLite has no REGEXP operator unless a client registers one (sqlite-jdbc does not), so chk_email_format and
--   chk_ip_address_format spell the document's regular expressions with GLOB and core string functions (no
--   extension, so any SQLite client can write to the database). They accept exactly the strings the MySQL
--   versions accept; SchemaParityTest compares the two on generated input.
-- * Foreign keys are enforced only on connections with PRAGMA foreign_keys=ON; Database sets it on every one.
-- * The document's ENUMs are VARCHAR(20) with a named CHECK, as on MySQL.
-- * The document's FLOAT is DOUBLE, as on MySQL: SQLite stores both as an 8-byte REAL, but jOOQ 3.19 generates
--   java.lang.Float for a SQLite FLOAT column and Double for DOUBLE.

-- the document's idx_users_email and idx_users_username are unique: they carry the columns' UNIQUE
CREATE TABLE users (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    email           VARCHAR(255) NOT NULL,
    username        VARCHAR(100) NOT NULL,
    full_name       VARCHAR(255),
    hashed_password VARCHAR(255),
    is_active       BOOLEAN DEFAULT TRUE,
    is_verified     BOOLEAN DEFAULT FALSE,
    last_login      DATETIME,
    profile_picture VARCHAR(500),
    department      VARCHAR(100),
    job_title       VARCHAR(100),
    phone           VARCHAR(20),
    azure_ad_id     VARCHAR(255),
    preferences     TEXT,
    created_at      DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at      DATETIME,
    -- ^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$ without REGEXP (see the header): only characters
    -- of the two classes; a single @; none of _%+ after the @; local@domain. left once the trailing letters
    -- are trimmed; and at least two such letters. GLOB and length() stop at a NUL character: the byte length
    -- equals the length only without one (every allowed character is a single byte).
    CONSTRAINT chk_email_format CHECK (
        length(CAST(email AS BLOB)) = length(email)
        AND email NOT GLOB '*[^A-Za-z0-9._%+@-]*'
        AND email NOT GLOB '*@*@*'
        AND substr(email, instr(email, '@')) NOT GLOB '*[_%+]*'
        AND rtrim(email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') GLOB '?*@?*.'
        AND length(email) - length(rtrim(email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz')) >= 2),
    CONSTRAINT chk_username_length CHECK (length(username) >= 3)
);
CREATE UNIQUE INDEX idx_users_email ON users (email);
CREATE UNIQUE INDEX idx_users_username ON users (username);
CREATE INDEX idx_users_is_active ON users (is_active);
CREATE TRIGGER trg_users_updated_at AFTER UPDATE ON users FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE users SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE roles (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        VARCHAR(50) NOT NULL,
    description TEXT,
    permissions TEXT,
    is_active   BOOLEAN DEFAULT TRUE,
    created_at  DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at  DATETIME
);
CREATE UNIQUE INDEX uq_roles_name ON roles (name);
CREATE TRIGGER trg_roles_updated_at AFTER UPDATE ON roles FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE roles SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE user_roles (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL,
    role_id     INTEGER NOT NULL,
    assigned_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    CONSTRAINT fk_user_roles_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_roles_role_id FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE
);
CREATE INDEX idx_user_roles_user_id ON user_roles (user_id);
CREATE INDEX idx_user_roles_role_id ON user_roles (role_id);
CREATE UNIQUE INDEX uq_user_roles_user_role ON user_roles (user_id, role_id);

CREATE TABLE asset_categories (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        VARCHAR(100) NOT NULL,
    description TEXT,
    color       VARCHAR(7),
    is_active   BOOLEAN DEFAULT TRUE,
    created_at  DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at  DATETIME
);
CREATE UNIQUE INDEX uq_asset_categories_name ON asset_categories (name COLLATE NOCASE);
CREATE TRIGGER trg_asset_categories_updated_at AFTER UPDATE ON asset_categories FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE asset_categories SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE assets (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             VARCHAR(255) NOT NULL,
    description      TEXT,
    asset_type       VARCHAR(20) NOT NULL,
    criticality      VARCHAR(20) DEFAULT 'medium',
    category_id      INTEGER,
    owner_id         INTEGER,
    ip_address       VARCHAR(45),
    hostname         VARCHAR(255),
    operating_system VARCHAR(100),
    version          VARCHAR(50),
    location         VARCHAR(255),
    environment      VARCHAR(50),
    business_unit    VARCHAR(100),
    cost_center      VARCHAR(50),
    compliance_scope TEXT,
    status           VARCHAR(50) DEFAULT 'active',
    purchase_date    DATETIME,
    warranty_expiry  DATETIME,
    last_scan_date   DATETIME,
    tags             TEXT,
    custom_fields    TEXT,
    is_active        BOOLEAN DEFAULT TRUE,
    created_at       DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at       DATETIME,
    created_by       INTEGER,
    CONSTRAINT fk_assets_category_id FOREIGN KEY (category_id) REFERENCES asset_categories (id) ON DELETE SET NULL,
    CONSTRAINT fk_assets_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_assets_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    -- IPv4 as in the seed: digits and dots only, three dots, no empty group, no group over three digits;
    -- or an IPv6 shape: hex digits, colons and dots (IPv4-mapped) with at least two colons. No NUL character, as
    -- in chk_email_format.
    CONSTRAINT chk_ip_address_format CHECK (
        ip_address IS NULL
        OR (length(CAST(ip_address AS BLOB)) = length(ip_address)
            AND ((ip_address NOT GLOB '*[^0-9.]*'
                  AND length(ip_address) - length(replace(ip_address, '.', '')) = 3
                  AND ip_address NOT GLOB '.*' AND ip_address NOT GLOB '*.' AND ip_address NOT GLOB '*..*'
                  AND ip_address NOT GLOB '*[0-9][0-9][0-9][0-9]*')
                 OR (ip_address NOT GLOB '*[^0-9A-Fa-f:.]*' AND ip_address GLOB '*:*:*')))),
    CONSTRAINT chk_asset_type_valid CHECK (asset_type IN (
        'server', 'workstation', 'network_device', 'application', 'database', 'cloud_service',
        'mobile_device', 'iot_device', 'other')),
    CONSTRAINT chk_criticality_valid CHECK (criticality IN ('low', 'medium', 'high', 'critical'))
);
CREATE INDEX idx_assets_name ON assets (name);
CREATE INDEX idx_assets_asset_type ON assets (asset_type);
CREATE INDEX idx_assets_criticality ON assets (criticality);
CREATE INDEX idx_assets_category_id ON assets (category_id);
CREATE INDEX idx_assets_owner_id ON assets (owner_id);
CREATE INDEX idx_assets_is_active ON assets (is_active);
CREATE INDEX idx_assets_created_at ON assets (created_at);
CREATE INDEX idx_assets_type_criticality ON assets (asset_type, criticality);
CREATE INDEX idx_assets_category_status ON assets (category_id, status);
CREATE INDEX idx_assets_created_by ON assets (created_by);
CREATE TRIGGER trg_assets_updated_at AFTER UPDATE ON assets FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE assets SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE asset_relationships (
    id                     INTEGER PRIMARY KEY AUTOINCREMENT,
    source_asset_id        INTEGER NOT NULL,
    target_asset_id        INTEGER NOT NULL,
    relationship_type      VARCHAR(50) NOT NULL,
    description            TEXT,
    is_critical_dependency BOOLEAN DEFAULT FALSE,
    created_at             DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    created_by             INTEGER,
    CONSTRAINT fk_asset_relationships_source_asset_id FOREIGN KEY (source_asset_id) REFERENCES assets (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_asset_relationships_target_asset_id FOREIGN KEY (target_asset_id) REFERENCES assets (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_asset_relationships_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_asset_relationships_source_asset_id ON asset_relationships (source_asset_id);
CREATE INDEX idx_asset_relationships_target_asset_id ON asset_relationships (target_asset_id);
CREATE INDEX idx_asset_relationships_created_by ON asset_relationships (created_by);

CREATE TABLE risk_matrices (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    name              VARCHAR(100) NOT NULL,
    description       TEXT,
    likelihood_levels TEXT,
    impact_levels     TEXT,
    risk_scores       TEXT,
    risk_levels       TEXT,
    is_default        BOOLEAN DEFAULT FALSE,
    is_active         BOOLEAN DEFAULT TRUE,
    created_at        DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at        DATETIME
);
CREATE TRIGGER trg_risk_matrices_updated_at AFTER UPDATE ON risk_matrices FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE risk_matrices SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE risks (
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
    CONSTRAINT chk_likelihood_range CHECK (inherent_likelihood BETWEEN 1 AND 5),
    CONSTRAINT chk_impact_range CHECK (inherent_impact BETWEEN 1 AND 5),
    CONSTRAINT chk_risk_score_positive CHECK (inherent_risk_score >= 0)
);
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

CREATE TABLE risk_scores (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    risk_id              INTEGER NOT NULL,
    likelihood_score     INTEGER,
    impact_score         INTEGER,
    total_score          DOUBLE,
    risk_level           VARCHAR(20),
    score_type           VARCHAR(20),
    likelihood_rationale TEXT,
    impact_rationale     TEXT,
    scoring_methodology  VARCHAR(100),
    scored_by            INTEGER,
    scored_at            DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    CONSTRAINT fk_risk_scores_risk_id FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_scores_scored_by FOREIGN KEY (scored_by) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_risk_scores_risk_id ON risk_scores (risk_id);
CREATE INDEX idx_risk_scores_scored_by ON risk_scores (scored_by);

CREATE TABLE frameworks (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    name             VARCHAR(200) NOT NULL,
    version          VARCHAR(50),
    description      TEXT,
    organization     VARCHAR(200),
    framework_type   VARCHAR(100),
    publication_date DATE,
    is_active        BOOLEAN DEFAULT TRUE,
    created_at       DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at       DATETIME
);
CREATE TRIGGER trg_frameworks_updated_at AFTER UPDATE ON frameworks FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE frameworks SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE controls (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    framework_id            INTEGER NOT NULL,
    control_id              VARCHAR(50) NOT NULL,
    title                   VARCHAR(500) NOT NULL,
    description             TEXT,
    parent_id               INTEGER,
    control_type            VARCHAR(100),
    implementation_guidance TEXT,
    assessment_procedures   TEXT,
    is_active               BOOLEAN DEFAULT TRUE,
    created_at              DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at              DATETIME,
    CONSTRAINT fk_controls_framework_id FOREIGN KEY (framework_id) REFERENCES frameworks (id) ON DELETE CASCADE,
    CONSTRAINT fk_controls_parent_id FOREIGN KEY (parent_id) REFERENCES controls (id) ON DELETE CASCADE
);
CREATE INDEX idx_controls_framework_id ON controls (framework_id);
CREATE INDEX idx_controls_control_id ON controls (control_id);
CREATE INDEX idx_controls_parent_id ON controls (parent_id);
CREATE TRIGGER trg_controls_updated_at AFTER UPDATE ON controls FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE controls SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE control_mappings (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    source_control_id INTEGER NOT NULL,
    target_control_id INTEGER NOT NULL,
    mapping_type      VARCHAR(50) NOT NULL,
    mapping_rationale TEXT,
    confidence_level  VARCHAR(20),
    created_at        DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    created_by        INTEGER,
    CONSTRAINT fk_control_mappings_source_control_id FOREIGN KEY (source_control_id) REFERENCES controls (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_control_mappings_target_control_id FOREIGN KEY (target_control_id) REFERENCES controls (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_control_mappings_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_control_mappings_source_control_id ON control_mappings (source_control_id);
CREATE INDEX idx_control_mappings_target_control_id ON control_mappings (target_control_id);
CREATE INDEX idx_control_mappings_created_by ON control_mappings (created_by);

CREATE TABLE assessments (
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
    CONSTRAINT fk_assessments_framework_id FOREIGN KEY (framework_id) REFERENCES frameworks (id) ON DELETE SET NULL,
    CONSTRAINT fk_assessments_asset_id FOREIGN KEY (asset_id) REFERENCES assets (id) ON DELETE SET NULL,
    CONSTRAINT fk_assessments_assessor_internal FOREIGN KEY (assessor_internal) REFERENCES users (id)
        ON DELETE SET NULL,
    CONSTRAINT fk_assessments_created_by_id FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_assessments_asset_id ON assessments (asset_id);
CREATE INDEX idx_assessments_framework_id ON assessments (framework_id);
CREATE INDEX idx_assessments_status ON assessments (status);
CREATE INDEX idx_assessments_created_by_id ON assessments (created_by_id);
CREATE INDEX idx_assessments_type_status ON assessments (assessment_type, status);
CREATE INDEX idx_assessments_assessor_internal ON assessments (assessor_internal);
CREATE TRIGGER trg_assessments_updated_at AFTER UPDATE ON assessments FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE assessments SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE assessment_controls (
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
    CONSTRAINT fk_assessment_controls_tested_by FOREIGN KEY (tested_by) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_assessment_controls_assessment_id ON assessment_controls (assessment_id);
CREATE INDEX idx_assessment_controls_control_id ON assessment_controls (control_id);
CREATE INDEX idx_assessment_controls_status ON assessment_controls (assessment_id, implementation_status);
CREATE INDEX idx_assessment_controls_tested_by ON assessment_controls (tested_by);
CREATE TRIGGER trg_assessment_controls_updated_at AFTER UPDATE ON assessment_controls FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE assessment_controls SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE tasks (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    title               VARCHAR(500) NOT NULL,
    description         TEXT,
    task_type           VARCHAR(50) NOT NULL,
    priority            VARCHAR(20) DEFAULT 'medium',
    status              VARCHAR(50) DEFAULT 'open',
    progress_percentage INTEGER DEFAULT 0,
    risk_id             INTEGER,
    assessment_id       INTEGER,
    asset_id            INTEGER,
    control_id          INTEGER,
    assigned_to_id      INTEGER,
    created_by_id       INTEGER,
    due_date            DATETIME,
    start_date          DATETIME,
    completed_date      DATETIME,
    estimated_hours     INTEGER,
    actual_hours        INTEGER,
    tags                TEXT,
    custom_fields       TEXT,
    is_active           BOOLEAN DEFAULT TRUE,
    created_at          DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at          DATETIME,
    CONSTRAINT fk_tasks_risk_id FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_assessment_id FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_asset_id FOREIGN KEY (asset_id) REFERENCES assets (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_control_id FOREIGN KEY (control_id) REFERENCES controls (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_assigned_to_id FOREIGN KEY (assigned_to_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_created_by_id FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT chk_progress_percentage CHECK (progress_percentage BETWEEN 0 AND 100),
    CONSTRAINT chk_priority_valid CHECK (priority IN ('low', 'medium', 'high', 'critical'))
);
CREATE INDEX idx_tasks_assigned_to_id ON tasks (assigned_to_id);
CREATE INDEX idx_tasks_created_by_id ON tasks (created_by_id);
CREATE INDEX idx_tasks_risk_id ON tasks (risk_id);
CREATE INDEX idx_tasks_status ON tasks (status);
CREATE INDEX idx_tasks_priority ON tasks (priority);
CREATE INDEX idx_tasks_due_date ON tasks (due_date);
CREATE INDEX idx_tasks_assignee_status ON tasks (assigned_to_id, status);
CREATE INDEX idx_tasks_priority_due_date ON tasks (priority, due_date);
CREATE INDEX idx_tasks_assessment_id ON tasks (assessment_id);
CREATE INDEX idx_tasks_asset_id ON tasks (asset_id);
CREATE INDEX idx_tasks_control_id ON tasks (control_id);
CREATE TRIGGER trg_tasks_updated_at AFTER UPDATE ON tasks FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE tasks SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE task_comments (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id      INTEGER NOT NULL,
    comment      TEXT NOT NULL,
    comment_type VARCHAR(50) DEFAULT 'comment',
    is_internal  BOOLEAN DEFAULT TRUE,
    created_by   INTEGER NOT NULL,
    created_at   DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at   DATETIME,
    CONSTRAINT fk_task_comments_task_id FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_comments_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT
);
CREATE INDEX idx_task_comments_task_id ON task_comments (task_id);
CREATE INDEX idx_task_comments_created_by ON task_comments (created_by);
CREATE TRIGGER trg_task_comments_updated_at AFTER UPDATE ON task_comments FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE task_comments SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE evidence (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    title               VARCHAR(500) NOT NULL,
    description         TEXT,
    evidence_type       VARCHAR(100) NOT NULL,
    category            VARCHAR(100),
    file_path           VARCHAR(1000),
    file_name           VARCHAR(500),
    file_size           BIGINT,
    file_type           VARCHAR(100),
    file_hash           VARCHAR(256),
    source_system       VARCHAR(100),
    collection_date     DATETIME,
    retention_date      DATETIME,
    sensitivity_level   VARCHAR(50),
    access_restrictions TEXT,
    metadata            TEXT,
    tags                TEXT,
    ai_analysis         TEXT,
    ai_confidence_score INTEGER,
    ai_last_analyzed    DATETIME,
    is_active           BOOLEAN DEFAULT TRUE,
    created_at          DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at          DATETIME,
    uploaded_by         INTEGER,
    CONSTRAINT fk_evidence_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_evidence_uploaded_by ON evidence (uploaded_by);
CREATE TRIGGER trg_evidence_updated_at AFTER UPDATE ON evidence FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE evidence SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE task_evidence (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id           INTEGER NOT NULL,
    evidence_id       INTEGER NOT NULL,
    relationship_type VARCHAR(50),
    notes             TEXT,
    created_by        INTEGER,
    created_at        DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    CONSTRAINT fk_task_evidence_task_id FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_evidence_evidence_id FOREIGN KEY (evidence_id) REFERENCES evidence (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_evidence_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_task_evidence_task_id ON task_evidence (task_id);
CREATE INDEX idx_task_evidence_evidence_id ON task_evidence (evidence_id);
CREATE INDEX idx_task_evidence_created_by ON task_evidence (created_by);

CREATE TABLE evidence_controls (
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
    CONSTRAINT fk_evidence_controls_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_evidence_controls_evidence_id ON evidence_controls (evidence_id);
CREATE INDEX idx_evidence_controls_control_id ON evidence_controls (control_id);
CREATE INDEX idx_evidence_controls_created_by ON evidence_controls (created_by);

CREATE TABLE integrations (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    name                VARCHAR(200) NOT NULL,
    integration_type    VARCHAR(100) NOT NULL,
    description         TEXT,
    endpoint_url        VARCHAR(1000),
    authentication_type VARCHAR(50),
    configuration       TEXT,
    sync_frequency      VARCHAR(50),
    last_sync           DATETIME,
    last_error          TEXT,
    is_active           BOOLEAN DEFAULT TRUE,
    created_at          DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at          DATETIME,
    created_by          INTEGER,
    CONSTRAINT fk_integrations_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_integrations_created_by ON integrations (created_by);
CREATE TRIGGER trg_integrations_updated_at AFTER UPDATE ON integrations FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE integrations SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE vulnerability_data (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    asset_id         INTEGER,
    integration_id   INTEGER,
    vulnerability_id VARCHAR(100) NOT NULL,
    cve_id           VARCHAR(50),
    title            VARCHAR(500) NOT NULL,
    description      TEXT,
    severity         VARCHAR(20),
    cvss_score       DOUBLE,
    cvss_vector      VARCHAR(100),
    solution         TEXT,
    first_detected   DATETIME,
    last_detected    DATETIME,
    status           VARCHAR(50),
    raw_data         TEXT,
    created_at       DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at       DATETIME,
    CONSTRAINT fk_vulnerability_data_asset_id FOREIGN KEY (asset_id) REFERENCES assets (id) ON DELETE SET NULL,
    CONSTRAINT fk_vulnerability_data_integration_id FOREIGN KEY (integration_id) REFERENCES integrations (id)
        ON DELETE SET NULL
);
CREATE INDEX idx_vulnerability_data_asset_id ON vulnerability_data (asset_id);
CREATE INDEX idx_vulnerability_data_integration_id ON vulnerability_data (integration_id);
CREATE TRIGGER trg_vulnerability_data_updated_at AFTER UPDATE ON vulnerability_data FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE vulnerability_data SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE threat_intel_data (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    integration_id     INTEGER,
    threat_id          VARCHAR(200) NOT NULL,
    threat_type        VARCHAR(100),
    title              VARCHAR(500) NOT NULL,
    description        TEXT,
    severity           VARCHAR(20),
    confidence         VARCHAR(20),
    tlp_classification VARCHAR(20),
    iocs               TEXT,
    tactics            TEXT,
    techniques         TEXT,
    first_seen         DATETIME,
    last_updated       DATETIME,
    expiry_date        DATETIME,
    raw_data           TEXT,
    created_at         DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at         DATETIME,
    CONSTRAINT fk_threat_intel_data_integration_id FOREIGN KEY (integration_id) REFERENCES integrations (id)
        ON DELETE SET NULL
);
CREATE INDEX idx_threat_intel_data_integration_id ON threat_intel_data (integration_id);
CREATE TRIGGER trg_threat_intel_data_updated_at AFTER UPDATE ON threat_intel_data FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE threat_intel_data SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE audit_logs (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id       INTEGER,
    action        VARCHAR(100) NOT NULL,
    resource_type VARCHAR(100),
    resource_id   INTEGER,
    old_values    TEXT,
    new_values    TEXT,
    ip_address    VARCHAR(45),
    user_agent    VARCHAR(500),
    session_id    VARCHAR(255),
    request_id    VARCHAR(255),
    outcome       VARCHAR(20) DEFAULT 'success',
    error_message TEXT,
    created_at    DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    CONSTRAINT fk_audit_logs_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_audit_logs_user_id ON audit_logs (user_id);
CREATE INDEX idx_audit_logs_action ON audit_logs (action);
CREATE INDEX idx_audit_logs_resource_type ON audit_logs (resource_type);
CREATE INDEX idx_audit_logs_created_at ON audit_logs (created_at);

CREATE TABLE report_templates (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           VARCHAR(255) NOT NULL,
    description    TEXT,
    report_type    VARCHAR(100) NOT NULL,
    template_data  TEXT,
    parameters     TEXT,
    output_formats TEXT,
    is_default     BOOLEAN DEFAULT FALSE,
    is_active      BOOLEAN DEFAULT TRUE,
    created_at     DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at     DATETIME,
    created_by     INTEGER,
    CONSTRAINT fk_report_templates_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_report_templates_created_by ON report_templates (created_by);
CREATE TRIGGER trg_report_templates_updated_at AFTER UPDATE ON report_templates FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE report_templates SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE reports (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    template_id          INTEGER,
    name                 VARCHAR(255) NOT NULL,
    description          TEXT,
    report_type          VARCHAR(100) NOT NULL,
    parameters           TEXT,
    file_path            VARCHAR(1000),
    file_format          VARCHAR(50),
    file_size            BIGINT,
    generation_status    VARCHAR(50) DEFAULT 'pending',
    generation_started   DATETIME,
    generation_completed DATETIME,
    generation_error     TEXT,
    generated_by         INTEGER,
    scheduled_id         VARCHAR(255),
    retention_date       DATETIME,
    access_count         INTEGER DEFAULT 0,
    last_accessed        DATETIME,
    is_active            BOOLEAN DEFAULT TRUE,
    created_at           DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at           DATETIME,
    CONSTRAINT fk_reports_template_id FOREIGN KEY (template_id) REFERENCES report_templates (id) ON DELETE SET NULL,
    CONSTRAINT fk_reports_generated_by FOREIGN KEY (generated_by) REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX idx_reports_template_id ON reports (template_id);
CREATE INDEX idx_reports_generated_by ON reports (generated_by);
CREATE TRIGGER trg_reports_updated_at AFTER UPDATE ON reports FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE reports SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;
