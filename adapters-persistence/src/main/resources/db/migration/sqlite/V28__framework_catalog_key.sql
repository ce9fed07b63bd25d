-- A catalog is one framework (issue #13); ../mysql/V28__framework_catalog_key.sql says why and how.
ALTER TABLE frameworks ADD COLUMN catalog_key CHAR(64);
CREATE UNIQUE INDEX uq_frameworks_catalog_key ON frameworks (catalog_key);
