-- Organisational units (issue #17): business units, subsidiaries or clients, one tree under a root unit. Each unit
-- but the root names its parent; Aegis keeps the links a tree (io.aegis.domain.organisation.OrgUnitTree) and
-- deactivates a unit only once it is empty, so no unit is ever deleted and the history naming it stays readable:
-- a parent is RESTRICTed. Names are unique among the children of one parent, ignoring case, through name_key
-- (docs/SCHEMA.md, "Unique names"); the root alone has no parent. ../mysql/V15__org_units.sql is the same for
-- MySQL / MariaDB.
CREATE TABLE org_units (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        VARCHAR(100) NOT NULL,
    name_key    VARCHAR(200) NOT NULL,
    parent_id   INTEGER,
    description TEXT,
    is_active   BOOLEAN NOT NULL DEFAULT TRUE,
    created_at  DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at  DATETIME,
    CONSTRAINT fk_org_units_parent_id FOREIGN KEY (parent_id) REFERENCES org_units (id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX uq_org_units_parent_name_key ON org_units (parent_id, name_key);
CREATE INDEX idx_org_units_parent_id ON org_units (parent_id);
CREATE TRIGGER trg_org_units_updated_at AFTER UPDATE ON org_units FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE org_units SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

-- Changes to the tree's shape take turns by adding one to this row first (on MySQL / MariaDB it orders them,
-- on Galera too); SQLite's IMMEDIATE transactions already run one writer at a time, and the row keeps the schemas
-- alike.
CREATE TABLE org_unit_tree_turns (
    id    INTEGER NOT NULL PRIMARY KEY,
    turns BIGINT NOT NULL DEFAULT 0
);
INSERT INTO org_unit_tree_turns (id, turns) VALUES (1, 0);

-- The root: the whole organisation. Existing data belongs to it when units are given to assets and risks.
INSERT INTO org_units (id, name, name_key, parent_id, description, is_active)
VALUES (1, 'Organisation', 'organisation', NULL, NULL, TRUE);
