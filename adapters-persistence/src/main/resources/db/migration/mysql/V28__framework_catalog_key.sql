-- A catalog is one framework (issue #13): two imports of the same catalog that both find no framework of its name and
-- publisher must not store two. catalog_key is the SHA-256 (hex) of the name, a NUL and the organisation (empty when
-- there is none), computed by Aegis from the exact bytes, so that both databases give one verdict whatever their
-- collations; the unique index makes the second of two concurrent first imports fail instead of duplicating.
-- Frameworks stored before this migration get their key when an import next updates them; until then a NULL key
-- (allowed many times by a unique index) keeps the rows a database already holds valid, duplicates included.
-- ../sqlite/V28__framework_catalog_key.sql is the same for SQLite.
ALTER TABLE frameworks
    ADD COLUMN catalog_key CHAR(64),
    ADD UNIQUE KEY uq_frameworks_catalog_key (catalog_key);
