-- Unique text columns give the same verdict as on MySQL/MariaDB (docs/SCHEMA.md, "Unique names"): they compare
-- byte by byte (SQLite's BINARY, as ../mysql/V10__unique_names.sql makes MySQL's utf8mb4_bin).
--
-- * Names unique ignoring case (roles, asset categories, risk matrices) get a name_key: the name in NFC,
--   trimmed and lower-cased by Aegis (io.aegis.domain.shared.Names.key), unique. uq_asset_categories_name
--   ignored case with NOCASE, which folds ASCII letters only ('É' and 'é' were two categories); the key
--   carries that rule now, and the name itself is unique exactly, as roles.name is.
-- * Nullable: rows written around Aegis have none, and then only the name is unique.
-- * Existing rows get lower(name), which folds ASCII letters only; the application writes the full key on
--   every insert and rename.
ALTER TABLE roles ADD COLUMN name_key VARCHAR(100);
UPDATE roles SET name_key = lower(name);
CREATE UNIQUE INDEX uq_roles_name_key ON roles (name_key);

ALTER TABLE asset_categories ADD COLUMN name_key VARCHAR(200);
UPDATE asset_categories SET name_key = lower(name);
DROP INDEX uq_asset_categories_name;
CREATE UNIQUE INDEX uq_asset_categories_name ON asset_categories (name);
CREATE UNIQUE INDEX uq_asset_categories_name_key ON asset_categories (name_key);

ALTER TABLE risk_matrices ADD COLUMN name_key VARCHAR(200);
UPDATE risk_matrices SET name_key = lower(name);
CREATE UNIQUE INDEX uq_risk_matrices_name_key ON risk_matrices (name_key);
