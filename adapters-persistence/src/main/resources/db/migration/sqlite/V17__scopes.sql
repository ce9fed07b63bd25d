-- Scopes (issue #17): where each role a user holds applies, and the unit each scoped row belongs to.
-- ../mysql/V17__scopes.sql is the same for MySQL / MariaDB.
--
-- user_roles keeps one row per user and role (the seed's table and its unique index); user_role_units says in
-- which units that role applies, each for the unit alone or for its whole subtree. Every grant made before units
-- existed becomes the role at the root for the whole tree, which reaches every unit: an existing installation
-- answers every request as before.
--
-- Assets, risks and risk matrices belong to one unit; existing rows go to the root, through the column's default
-- (SQLite's ADD COLUMN needs one for a NOT NULL column; Aegis always names the unit). An audit row
-- names the unit of the row it records, so that the log shows each actor the changes of their units only; rows
-- about things of no unit (users, roles, the units themselves) name none.
--
-- SQLite adds a column with a REFERENCES clause and a non-null default only while foreign keys are off (and
-- PRAGMA foreign_keys is a no-op inside a transaction): hence executeInTransaction=false, as in V5, and a
-- transaction of our own opened with SAVEPOINT. The root (id 1) exists since V15, so no row is left dangling.
PRAGMA foreign_keys = OFF;
SAVEPOINT v17_scopes;

CREATE TABLE user_role_units (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    user_role_id     INTEGER NOT NULL,
    org_unit_id      INTEGER NOT NULL,
    include_subunits BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_user_role_units_user_role_id FOREIGN KEY (user_role_id) REFERENCES user_roles (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_role_units_org_unit_id FOREIGN KEY (org_unit_id) REFERENCES org_units (id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX uq_user_role_units_role_unit ON user_role_units (user_role_id, org_unit_id);
CREATE INDEX idx_user_role_units_org_unit_id ON user_role_units (org_unit_id);
INSERT INTO user_role_units (user_role_id, org_unit_id, include_subunits) SELECT id, 1, TRUE FROM user_roles;

ALTER TABLE assets ADD COLUMN org_unit_id INTEGER NOT NULL DEFAULT 1
    CONSTRAINT fk_assets_org_unit_id REFERENCES org_units (id) ON DELETE RESTRICT;
CREATE INDEX idx_assets_org_unit_id ON assets (org_unit_id);

ALTER TABLE risks ADD COLUMN org_unit_id INTEGER NOT NULL DEFAULT 1
    CONSTRAINT fk_risks_org_unit_id REFERENCES org_units (id) ON DELETE RESTRICT;
-- a unit's register page, newest first, read in index order (is_active left out, as in V7)
CREATE INDEX idx_risks_org_unit_created ON risks (org_unit_id, created_at);

ALTER TABLE risk_matrices ADD COLUMN org_unit_id INTEGER NOT NULL DEFAULT 1
    CONSTRAINT fk_risk_matrices_org_unit_id REFERENCES org_units (id) ON DELETE RESTRICT;
CREATE INDEX idx_risk_matrices_org_unit_id ON risk_matrices (org_unit_id);

ALTER TABLE audit_logs ADD COLUMN org_unit_id INTEGER
    CONSTRAINT fk_audit_logs_org_unit_id REFERENCES org_units (id) ON DELETE RESTRICT;
CREATE INDEX idx_audit_logs_org_unit_id ON audit_logs (org_unit_id);

RELEASE v17_scopes;
PRAGMA foreign_keys = ON;
