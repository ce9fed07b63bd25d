-- Aegis schema for MySQL 8.0.31+ / MariaDB 10.7+: the 25 tables of the schema document
-- (adapters-persistence/src/test/resources/seed/). ../sqlite/V1__schema.sql is the same schema for SQLite;
-- SchemaParityTest keeps the two identical and SeedConformanceTest holds both to the document. Decisions and
-- their reasons: docs/SCHEMA.md.
--
-- * Timestamps are DATETIME(6) in UTC (the connection's session time zone is UTC), never TIMESTAMP.
-- * The document's FLOAT is DOUBLE (on SQLite too): MySQL's FLOAT is single precision.
-- * The document's ENUMs are VARCHAR(20) with a named CHECK, so both databases have the same column types.
-- * Indexes are declared inside CREATE TABLE, before the foreign keys, so InnoDB uses them for the foreign keys
--   and adds none of its own: both databases end up with the same index names.
-- * CHECKs compare byte-exactly, as SQLite does: COLLATE utf8mb4_bin for REGEXP, CAST(... AS BINARY) for IN
--   lists. Under the tables' utf8mb4_unicode_ci, 'HIGH' and 'high ' would equal 'high', and [a-z] would match
--   non-ASCII letters such as U+017F.
-- * The regular expressions end in \z, not $ ($ also matches before a final newline), and write \\. for a
--   literal dot: a MySQL string literal drops one backslash, so the document's '\.' would match any character.

-- the document's idx_users_email and idx_users_username are unique: they carry the columns' UNIQUE
CREATE TABLE users (
    id              INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(255) NOT NULL,
    username        VARCHAR(100) NOT NULL,
    full_name       VARCHAR(255),
    hashed_password VARCHAR(255),
    is_active       BOOLEAN DEFAULT TRUE,
    is_verified     BOOLEAN DEFAULT FALSE,
    last_login      DATETIME(6),
    profile_picture VARCHAR(500),
    department      VARCHAR(100),
    job_title       VARCHAR(100),
    phone           VARCHAR(20),
    azure_ad_id     VARCHAR(255),
    preferences     TEXT,
    created_at      DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    UNIQUE KEY idx_users_email (email),
    UNIQUE KEY idx_users_username (username),
    KEY idx_users_is_active (is_active),
    -- the document's regular expression, byte-exact and anchored with \z (see the header)
    CONSTRAINT chk_email_format CHECK (
        email COLLATE utf8mb4_bin REGEXP '^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}\\z'),
    CONSTRAINT chk_username_length CHECK (CHAR_LENGTH(username) >= 3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE roles (
    id          INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(50) NOT NULL,
    description TEXT,
    permissions TEXT,
    is_active   BOOLEAN DEFAULT TRUE,
    created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    UNIQUE KEY uq_roles_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE user_roles (
    id          INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     INT NOT NULL,
    role_id     INT NOT NULL,
    assigned_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY idx_user_roles_user_id (user_id),
    KEY idx_user_roles_role_id (role_id),
    UNIQUE KEY uq_user_roles_user_role (user_id, role_id),
    CONSTRAINT fk_user_roles_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_roles_role_id FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE asset_categories (
    id          INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    description TEXT,
    color       VARCHAR(7),
    is_active   BOOLEAN DEFAULT TRUE,
    created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    UNIQUE KEY uq_asset_categories_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assets (
    id               INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(255) NOT NULL,
    description      TEXT,
    asset_type       VARCHAR(20) NOT NULL,
    criticality      VARCHAR(20) DEFAULT 'medium',
    category_id      INT,
    owner_id         INT,
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
    purchase_date    DATETIME(6),
    warranty_expiry  DATETIME(6),
    last_scan_date   DATETIME(6),
    tags             TEXT,
    custom_fields    TEXT,
    is_active        BOOLEAN DEFAULT TRUE,
    created_at       DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    created_by       INT,
    KEY idx_assets_name (name),
    KEY idx_assets_asset_type (asset_type),
    KEY idx_assets_criticality (criticality),
    KEY idx_assets_category_id (category_id),
    KEY idx_assets_owner_id (owner_id),
    KEY idx_assets_is_active (is_active),
    KEY idx_assets_created_at (created_at),
    KEY idx_assets_type_criticality (asset_type, criticality),
    KEY idx_assets_category_status (category_id, status),
    KEY idx_assets_created_by (created_by),
    CONSTRAINT fk_assets_category_id FOREIGN KEY (category_id) REFERENCES asset_categories (id) ON DELETE SET NULL,
    CONSTRAINT fk_assets_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_assets_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    -- IPv4 as in the seed, or an IPv6 shape: hex digits, colons and dots with at least two colons
    CONSTRAINT chk_ip_address_format CHECK (
        ip_address IS NULL
        OR ip_address COLLATE utf8mb4_bin REGEXP '^[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\z'
        OR ip_address COLLATE utf8mb4_bin REGEXP '^([0-9A-Fa-f.]*:){2}[0-9A-Fa-f:.]*\\z'),
    CONSTRAINT chk_asset_type_valid CHECK (CAST(asset_type AS BINARY) IN (
        'server', 'workstation', 'network_device', 'application', 'database', 'cloud_service',
        'mobile_device', 'iot_device', 'other')),
    CONSTRAINT chk_criticality_valid CHECK (CAST(criticality AS BINARY) IN ('low', 'medium', 'high', 'critical'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE asset_relationships (
    id                     INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_asset_id        INT NOT NULL,
    target_asset_id        INT NOT NULL,
    relationship_type      VARCHAR(50) NOT NULL,
    description            TEXT,
    is_critical_dependency BOOLEAN DEFAULT FALSE,
    created_at             DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    created_by             INT,
    KEY idx_asset_relationships_source_asset_id (source_asset_id),
    KEY idx_asset_relationships_target_asset_id (target_asset_id),
    KEY idx_asset_relationships_created_by (created_by),
    CONSTRAINT fk_asset_relationships_source_asset_id FOREIGN KEY (source_asset_id) REFERENCES assets (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_asset_relationships_target_asset_id FOREIGN KEY (target_asset_id) REFERENCES assets (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_asset_relationships_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risk_matrices (
    id                INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name              VARCHAR(100) NOT NULL,
    description       TEXT,
    likelihood_levels TEXT,
    impact_levels     TEXT,
    risk_scores       TEXT,
    risk_levels       TEXT,
    is_default        BOOLEAN DEFAULT FALSE,
    is_active         BOOLEAN DEFAULT TRUE,
    created_at        DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at        DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risks (
    id                     INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title                  VARCHAR(500) NOT NULL,
    description            TEXT,
    category               VARCHAR(20) NOT NULL,
    subcategory            VARCHAR(100),
    risk_type              VARCHAR(100),
    source                 VARCHAR(100),
    source_reference       VARCHAR(255),
    asset_id               INT,
    affected_systems       TEXT,
    business_process       VARCHAR(255),
    risk_matrix_id         INT,
    inherent_likelihood    INT,
    inherent_impact        INT,
    inherent_risk_score    DOUBLE,
    residual_likelihood    INT,
    residual_impact        INT,
    residual_risk_score    DOUBLE,
    risk_level             VARCHAR(20),
    threat_source          VARCHAR(255),
    vulnerability          TEXT,
    existing_controls      TEXT,
    control_effectiveness  VARCHAR(50),
    ai_generated_statement TEXT,
    ai_risk_assessment     TEXT,
    ai_confidence_score    INT,
    ai_last_updated        DATETIME(6),
    treatment_strategy     VARCHAR(50),
    treatment_rationale    TEXT,
    status                 VARCHAR(20) DEFAULT 'identified',
    owner_id               INT,
    identified_date        DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    target_resolution_date DATETIME(6),
    actual_resolution_date DATETIME(6),
    last_review_date       DATETIME(6),
    next_review_date       DATETIME(6),
    tags                   TEXT,
    custom_fields          TEXT,
    is_active              BOOLEAN DEFAULT TRUE,
    created_at             DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at             DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    created_by             INT,
    KEY idx_risks_title (title),
    KEY idx_risks_category (category),
    KEY idx_risks_status (status),
    KEY idx_risks_asset_id (asset_id),
    KEY idx_risks_owner_id (owner_id),
    KEY idx_risks_risk_level (risk_level),
    KEY idx_risks_identified_date (identified_date),
    KEY idx_risks_status_level (status, risk_level),
    KEY idx_risks_asset_category (asset_id, category),
    KEY idx_risks_risk_matrix_id (risk_matrix_id),
    KEY idx_risks_created_by (created_by),
    CONSTRAINT fk_risks_asset_id FOREIGN KEY (asset_id) REFERENCES assets (id) ON DELETE SET NULL,
    CONSTRAINT fk_risks_risk_matrix_id FOREIGN KEY (risk_matrix_id) REFERENCES risk_matrices (id) ON DELETE RESTRICT,
    CONSTRAINT fk_risks_owner_id FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_risks_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT chk_risk_category_valid CHECK (CAST(category AS BINARY) IN (
        'operational', 'technical', 'strategic', 'compliance', 'financial', 'reputational')),
    CONSTRAINT chk_risk_status_valid CHECK (CAST(status AS BINARY) IN (
        'identified', 'assessed', 'mitigating', 'monitoring', 'accepted', 'closed')),
    CONSTRAINT chk_likelihood_range CHECK (inherent_likelihood BETWEEN 1 AND 5),
    CONSTRAINT chk_impact_range CHECK (inherent_impact BETWEEN 1 AND 5),
    CONSTRAINT chk_risk_score_positive CHECK (inherent_risk_score >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE risk_scores (
    id                   INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    risk_id              INT NOT NULL,
    likelihood_score     INT,
    impact_score         INT,
    total_score          DOUBLE,
    risk_level           VARCHAR(20),
    score_type           VARCHAR(20),
    likelihood_rationale TEXT,
    impact_rationale     TEXT,
    scoring_methodology  VARCHAR(100),
    scored_by            INT,
    scored_at            DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY idx_risk_scores_risk_id (risk_id),
    KEY idx_risk_scores_scored_by (scored_by),
    CONSTRAINT fk_risk_scores_risk_id FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_scores_scored_by FOREIGN KEY (scored_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE frameworks (
    id               INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    version          VARCHAR(50),
    description      TEXT,
    organization     VARCHAR(200),
    framework_type   VARCHAR(100),
    publication_date DATE,
    is_active        BOOLEAN DEFAULT TRUE,
    created_at       DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE controls (
    id                      INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_id            INT NOT NULL,
    control_id              VARCHAR(50) NOT NULL,
    title                   VARCHAR(500) NOT NULL,
    description             TEXT,
    parent_id               INT,
    control_type            VARCHAR(100),
    implementation_guidance TEXT,
    assessment_procedures   TEXT,
    is_active               BOOLEAN DEFAULT TRUE,
    created_at              DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at              DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    KEY idx_controls_framework_id (framework_id),
    KEY idx_controls_control_id (control_id),
    KEY idx_controls_parent_id (parent_id),
    CONSTRAINT fk_controls_framework_id FOREIGN KEY (framework_id) REFERENCES frameworks (id) ON DELETE CASCADE,
    CONSTRAINT fk_controls_parent_id FOREIGN KEY (parent_id) REFERENCES controls (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE control_mappings (
    id                INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source_control_id INT NOT NULL,
    target_control_id INT NOT NULL,
    mapping_type      VARCHAR(50) NOT NULL,
    mapping_rationale TEXT,
    confidence_level  VARCHAR(20),
    created_at        DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    created_by        INT,
    KEY idx_control_mappings_source_control_id (source_control_id),
    KEY idx_control_mappings_target_control_id (target_control_id),
    KEY idx_control_mappings_created_by (created_by),
    CONSTRAINT fk_control_mappings_source_control_id FOREIGN KEY (source_control_id) REFERENCES controls (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_control_mappings_target_control_id FOREIGN KEY (target_control_id) REFERENCES controls (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_control_mappings_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessments (
    id                   INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                 VARCHAR(255) NOT NULL,
    description          TEXT,
    assessment_type      VARCHAR(100) NOT NULL,
    framework_id         INT,
    asset_id             INT,
    scope                TEXT,
    methodology          VARCHAR(100),
    status               VARCHAR(50) DEFAULT 'planning',
    start_date           DATETIME(6),
    end_date             DATETIME(6),
    due_date             DATETIME(6),
    assessor_internal    INT,
    assessor_external    VARCHAR(255),
    overall_score        DOUBLE,
    risk_rating          VARCHAR(20),
    executive_summary    TEXT,
    recommendations      TEXT,
    ai_generated_summary TEXT,
    ai_confidence_score  INT,
    is_active            BOOLEAN DEFAULT TRUE,
    created_at           DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at           DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    created_by_id        INT,
    KEY idx_assessments_asset_id (asset_id),
    KEY idx_assessments_framework_id (framework_id),
    KEY idx_assessments_status (status),
    KEY idx_assessments_created_by_id (created_by_id),
    KEY idx_assessments_type_status (assessment_type, status),
    KEY idx_assessments_assessor_internal (assessor_internal),
    CONSTRAINT fk_assessments_framework_id FOREIGN KEY (framework_id) REFERENCES frameworks (id) ON DELETE SET NULL,
    CONSTRAINT fk_assessments_asset_id FOREIGN KEY (asset_id) REFERENCES assets (id) ON DELETE SET NULL,
    CONSTRAINT fk_assessments_assessor_internal FOREIGN KEY (assessor_internal) REFERENCES users (id)
        ON DELETE SET NULL,
    CONSTRAINT fk_assessments_created_by_id FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessment_controls (
    id                    INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id         INT NOT NULL,
    control_id            INT NOT NULL,
    implementation_status VARCHAR(50) NOT NULL,
    effectiveness_rating  VARCHAR(20),
    maturity_level        INT,
    findings              TEXT,
    recommendations       TEXT,
    evidence_notes        TEXT,
    tested_by             INT,
    tested_date           DATETIME(6),
    ai_assessment         TEXT,
    ai_confidence_score   INT,
    created_at            DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at            DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    KEY idx_assessment_controls_assessment_id (assessment_id),
    KEY idx_assessment_controls_control_id (control_id),
    KEY idx_assessment_controls_status (assessment_id, implementation_status),
    KEY idx_assessment_controls_tested_by (tested_by),
    CONSTRAINT fk_assessment_controls_assessment_id FOREIGN KEY (assessment_id) REFERENCES assessments (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_assessment_controls_control_id FOREIGN KEY (control_id) REFERENCES controls (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_controls_tested_by FOREIGN KEY (tested_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE tasks (
    id                  INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title               VARCHAR(500) NOT NULL,
    description         TEXT,
    task_type           VARCHAR(50) NOT NULL,
    priority            VARCHAR(20) DEFAULT 'medium',
    status              VARCHAR(50) DEFAULT 'open',
    progress_percentage INT DEFAULT 0,
    risk_id             INT,
    assessment_id       INT,
    asset_id            INT,
    control_id          INT,
    assigned_to_id      INT,
    created_by_id       INT,
    due_date            DATETIME(6),
    start_date          DATETIME(6),
    completed_date      DATETIME(6),
    estimated_hours     INT,
    actual_hours        INT,
    tags                TEXT,
    custom_fields       TEXT,
    is_active           BOOLEAN DEFAULT TRUE,
    created_at          DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at          DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    KEY idx_tasks_assigned_to_id (assigned_to_id),
    KEY idx_tasks_created_by_id (created_by_id),
    KEY idx_tasks_risk_id (risk_id),
    KEY idx_tasks_status (status),
    KEY idx_tasks_priority (priority),
    KEY idx_tasks_due_date (due_date),
    KEY idx_tasks_assignee_status (assigned_to_id, status),
    KEY idx_tasks_priority_due_date (priority, due_date),
    KEY idx_tasks_assessment_id (assessment_id),
    KEY idx_tasks_asset_id (asset_id),
    KEY idx_tasks_control_id (control_id),
    CONSTRAINT fk_tasks_risk_id FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_assessment_id FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_asset_id FOREIGN KEY (asset_id) REFERENCES assets (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_control_id FOREIGN KEY (control_id) REFERENCES controls (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_assigned_to_id FOREIGN KEY (assigned_to_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT fk_tasks_created_by_id FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT chk_progress_percentage CHECK (progress_percentage BETWEEN 0 AND 100),
    CONSTRAINT chk_priority_valid CHECK (CAST(priority AS BINARY) IN ('low', 'medium', 'high', 'critical'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE task_comments (
    id           INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id      INT NOT NULL,
    comment      TEXT NOT NULL,
    comment_type VARCHAR(50) DEFAULT 'comment',
    is_internal  BOOLEAN DEFAULT TRUE,
    created_by   INT NOT NULL,
    created_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    KEY idx_task_comments_task_id (task_id),
    KEY idx_task_comments_created_by (created_by),
    CONSTRAINT fk_task_comments_task_id FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_comments_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE evidence (
    id                  INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
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
    collection_date     DATETIME(6),
    retention_date      DATETIME(6),
    sensitivity_level   VARCHAR(50),
    access_restrictions TEXT,
    metadata            TEXT,
    tags                TEXT,
    ai_analysis         TEXT,
    ai_confidence_score INT,
    ai_last_analyzed    DATETIME(6),
    is_active           BOOLEAN DEFAULT TRUE,
    created_at          DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at          DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    uploaded_by         INT,
    KEY idx_evidence_uploaded_by (uploaded_by),
    CONSTRAINT fk_evidence_uploaded_by FOREIGN KEY (uploaded_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE task_evidence (
    id                INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    task_id           INT NOT NULL,
    evidence_id       INT NOT NULL,
    relationship_type VARCHAR(50),
    notes             TEXT,
    created_by        INT,
    created_at        DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY idx_task_evidence_task_id (task_id),
    KEY idx_task_evidence_evidence_id (evidence_id),
    KEY idx_task_evidence_created_by (created_by),
    CONSTRAINT fk_task_evidence_task_id FOREIGN KEY (task_id) REFERENCES tasks (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_evidence_evidence_id FOREIGN KEY (evidence_id) REFERENCES evidence (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_evidence_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE evidence_controls (
    id              INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    evidence_id     INT NOT NULL,
    control_id      INT NOT NULL,
    support_type    VARCHAR(50),
    adequacy_rating VARCHAR(20),
    notes           TEXT,
    created_by      INT,
    created_at      DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY idx_evidence_controls_evidence_id (evidence_id),
    KEY idx_evidence_controls_control_id (control_id),
    KEY idx_evidence_controls_created_by (created_by),
    CONSTRAINT fk_evidence_controls_evidence_id FOREIGN KEY (evidence_id) REFERENCES evidence (id) ON DELETE CASCADE,
    CONSTRAINT fk_evidence_controls_control_id FOREIGN KEY (control_id) REFERENCES controls (id) ON DELETE CASCADE,
    CONSTRAINT fk_evidence_controls_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE integrations (
    id                  INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    integration_type    VARCHAR(100) NOT NULL,
    description         TEXT,
    endpoint_url        VARCHAR(1000),
    authentication_type VARCHAR(50),
    configuration       TEXT,
    sync_frequency      VARCHAR(50),
    last_sync           DATETIME(6),
    last_error          TEXT,
    is_active           BOOLEAN DEFAULT TRUE,
    created_at          DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at          DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    created_by          INT,
    KEY idx_integrations_created_by (created_by),
    CONSTRAINT fk_integrations_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE vulnerability_data (
    id               INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    asset_id         INT,
    integration_id   INT,
    vulnerability_id VARCHAR(100) NOT NULL,
    cve_id           VARCHAR(50),
    title            VARCHAR(500) NOT NULL,
    description      TEXT,
    severity         VARCHAR(20),
    cvss_score       DOUBLE,
    cvss_vector      VARCHAR(100),
    solution         TEXT,
    first_detected   DATETIME(6),
    last_detected    DATETIME(6),
    status           VARCHAR(50),
    raw_data         TEXT,
    created_at       DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at       DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    KEY idx_vulnerability_data_asset_id (asset_id),
    KEY idx_vulnerability_data_integration_id (integration_id),
    CONSTRAINT fk_vulnerability_data_asset_id FOREIGN KEY (asset_id) REFERENCES assets (id) ON DELETE SET NULL,
    CONSTRAINT fk_vulnerability_data_integration_id FOREIGN KEY (integration_id) REFERENCES integrations (id)
        ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE threat_intel_data (
    id                 INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    integration_id     INT,
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
    first_seen         DATETIME(6),
    last_updated       DATETIME(6),
    expiry_date        DATETIME(6),
    raw_data           TEXT,
    created_at         DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at         DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    KEY idx_threat_intel_data_integration_id (integration_id),
    CONSTRAINT fk_threat_intel_data_integration_id FOREIGN KEY (integration_id) REFERENCES integrations (id)
        ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_logs (
    id            INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id       INT,
    action        VARCHAR(100) NOT NULL,
    resource_type VARCHAR(100),
    resource_id   INT,
    old_values    TEXT,
    new_values    TEXT,
    ip_address    VARCHAR(45),
    user_agent    VARCHAR(500),
    session_id    VARCHAR(255),
    request_id    VARCHAR(255),
    outcome       VARCHAR(20) DEFAULT 'success',
    error_message TEXT,
    created_at    DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY idx_audit_logs_user_id (user_id),
    KEY idx_audit_logs_action (action),
    KEY idx_audit_logs_resource_type (resource_type),
    KEY idx_audit_logs_created_at (created_at),
    CONSTRAINT fk_audit_logs_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_templates (
    id             INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(255) NOT NULL,
    description    TEXT,
    report_type    VARCHAR(100) NOT NULL,
    template_data  TEXT,
    parameters     TEXT,
    output_formats TEXT,
    is_default     BOOLEAN DEFAULT FALSE,
    is_active      BOOLEAN DEFAULT TRUE,
    created_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    created_by     INT,
    KEY idx_report_templates_created_by (created_by),
    CONSTRAINT fk_report_templates_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reports (
    id                   INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_id          INT,
    name                 VARCHAR(255) NOT NULL,
    description          TEXT,
    report_type          VARCHAR(100) NOT NULL,
    parameters           TEXT,
    file_path            VARCHAR(1000),
    file_format          VARCHAR(50),
    file_size            BIGINT,
    generation_status    VARCHAR(50) DEFAULT 'pending',
    generation_started   DATETIME(6),
    generation_completed DATETIME(6),
    generation_error     TEXT,
    generated_by         INT,
    scheduled_id         VARCHAR(255),
    retention_date       DATETIME(6),
    access_count         INT DEFAULT 0,
    last_accessed        DATETIME(6),
    is_active            BOOLEAN DEFAULT TRUE,
    created_at           DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at           DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    KEY idx_reports_template_id (template_id),
    KEY idx_reports_generated_by (generated_by),
    CONSTRAINT fk_reports_template_id FOREIGN KEY (template_id) REFERENCES report_templates (id) ON DELETE SET NULL,
    CONSTRAINT fk_reports_generated_by FOREIGN KEY (generated_by) REFERENCES users (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
