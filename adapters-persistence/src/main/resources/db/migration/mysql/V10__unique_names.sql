-- Unique text columns give the same verdict as on SQLite (docs/SCHEMA.md, "Unique names").
--
-- * Every unique text column compares byte by byte (utf8mb4_bin, which MySQL 8.0.31+ and MariaDB 10.7+ both
--   have; MySQL's utf8mb4_0900_bin does not exist on MariaDB). Under utf8mb4_unicode_ci 'é' equalled 'e' and
--   'e' + U+0301, 'ß' equalled 'ss', and 'trail ' equalled 'trail'; SQLite kept them apart. utf8mb4_bin still
--   pads with spaces ('trail ' = 'trail'), but Aegis stores names trimmed, so no stored name ends in one.
-- * Names unique ignoring case (roles, asset categories, risk matrices) get a name_key: the name in NFC,
--   trimmed and lower-cased by Aegis (io.aegis.domain.shared.Names.key), unique and compared byte by byte, so
--   that case folding is Aegis's on both databases, not each database's own. Usernames and emails are stored
--   lower-case already. Nullable: rows written around Aegis have none, and then only the name is unique.
-- * Existing rows get LOWER(name); the application writes the key on every insert and rename.
ALTER TABLE users MODIFY email VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE users MODIFY username VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE roles MODIFY name VARCHAR(50) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE roles ADD COLUMN name_key VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
UPDATE roles SET name_key = LOWER(name);
CREATE UNIQUE INDEX uq_roles_name_key ON roles (name_key);

ALTER TABLE asset_categories MODIFY name VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
ALTER TABLE asset_categories ADD COLUMN name_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
UPDATE asset_categories SET name_key = LOWER(name);
CREATE UNIQUE INDEX uq_asset_categories_name_key ON asset_categories (name_key);

ALTER TABLE risk_matrices ADD COLUMN name_key VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;
UPDATE risk_matrices SET name_key = LOWER(name);
CREATE UNIQUE INDEX uq_risk_matrices_name_key ON risk_matrices (name_key);
