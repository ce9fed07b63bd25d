-- Scopes (issue #17): where each role a user holds applies, and the unit each scoped row belongs to.
-- ../sqlite/V17__scopes.sql is the same for SQLite and says why.
CREATE TABLE user_role_units (
    id               INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_role_id     INT NOT NULL,
    org_unit_id      INT NOT NULL,
    include_subunits BOOLEAN NOT NULL DEFAULT TRUE,
    UNIQUE KEY uq_user_role_units_role_unit (user_role_id, org_unit_id),
    KEY idx_user_role_units_org_unit_id (org_unit_id),
    CONSTRAINT fk_user_role_units_user_role_id FOREIGN KEY (user_role_id) REFERENCES user_roles (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_role_units_org_unit_id FOREIGN KEY (org_unit_id) REFERENCES org_units (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO user_role_units (user_role_id, org_unit_id, include_subunits) SELECT id, 1, TRUE FROM user_roles;

ALTER TABLE assets ADD COLUMN org_unit_id INT NOT NULL DEFAULT 1,
    ADD KEY idx_assets_org_unit_id (org_unit_id),
    ADD CONSTRAINT fk_assets_org_unit_id FOREIGN KEY (org_unit_id) REFERENCES org_units (id) ON DELETE RESTRICT;

ALTER TABLE risks ADD COLUMN org_unit_id INT NOT NULL DEFAULT 1,
    ADD KEY idx_risks_org_unit_created (org_unit_id, created_at),
    ADD CONSTRAINT fk_risks_org_unit_id FOREIGN KEY (org_unit_id) REFERENCES org_units (id) ON DELETE RESTRICT;

ALTER TABLE risk_matrices ADD COLUMN org_unit_id INT NOT NULL DEFAULT 1,
    ADD KEY idx_risk_matrices_org_unit_id (org_unit_id),
    ADD CONSTRAINT fk_risk_matrices_org_unit_id FOREIGN KEY (org_unit_id) REFERENCES org_units (id) ON DELETE RESTRICT;

ALTER TABLE audit_logs ADD COLUMN org_unit_id INT NULL,
    ADD KEY idx_audit_logs_org_unit_id (org_unit_id),
    ADD CONSTRAINT fk_audit_logs_org_unit_id FOREIGN KEY (org_unit_id) REFERENCES org_units (id) ON DELETE RESTRICT;
