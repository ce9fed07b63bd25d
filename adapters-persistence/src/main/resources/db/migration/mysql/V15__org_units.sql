-- Organisational units (issue #17): business units, subsidiaries or clients, one tree under a root unit. Each unit
-- but the root names its parent; Aegis keeps the links a tree (io.aegis.domain.organisation.OrgUnitTree) and
-- deactivates a unit only once it is empty, so no unit is ever deleted and the history naming it stays readable:
-- a parent is RESTRICTed. Names are unique among the children of one parent, ignoring case, through name_key
-- compared byte by byte (utf8mb4_bin; docs/SCHEMA.md, "Unique names"); the root alone has no parent.
-- ../sqlite/V15__org_units.sql is the same for SQLite.
CREATE TABLE org_units (
    id          INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    name_key    VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    parent_id   INT,
    description TEXT,
    is_active   BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    UNIQUE KEY uq_org_units_parent_name_key (parent_id, name_key),
    KEY idx_org_units_parent_id (parent_id),
    CONSTRAINT fk_org_units_parent_id FOREIGN KEY (parent_id) REFERENCES org_units (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Changes to the tree's shape take turns by adding one to this row first: on one server its row lock orders them,
-- and on a Galera cluster two such changes made through two nodes both write it, so one fails certification and
-- runs again on the other's tree (two crossed moves must never both pass the cycle check).
CREATE TABLE org_unit_tree_turns (
    id    INT NOT NULL PRIMARY KEY,
    turns BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO org_unit_tree_turns (id, turns) VALUES (1, 0);

-- The root: the whole organisation. Existing data belongs to it when units are given to assets and risks.
INSERT INTO org_units (id, name, name_key, parent_id, description, is_active)
VALUES (1, 'Organisation', 'organisation', NULL, NULL, TRUE);
