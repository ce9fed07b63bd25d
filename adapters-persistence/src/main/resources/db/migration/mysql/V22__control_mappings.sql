-- Control mappings (issue #13, point 5). ../sqlite/V22__control_mappings.sql is the same for SQLite, where the table
-- is rebuilt. Every seed column stays and is served; added at the end: strength (NIST IR 8477's 1..10, optional)
-- and updated_at (a mapping's version for If-Match). mapping_type and confidence_level hold the domain's keys
-- (io.aegis.domain.framework.MappingRelationship, MappingConfidence), checked like the seed's other enumerations.
-- A pair of controls is mapped once: one direction is stored, the other is derived (the use cases also refuse the
-- reverse pair, which no index can express). The seed already indexes target_control_id, which the walk over
-- mappings from their target reads. The checks compare bytes (CAST AS BINARY), as SQLite does: 'EQUAL' is no key.
ALTER TABLE control_mappings
    ADD COLUMN strength INT,
    ADD COLUMN updated_at DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    ADD CONSTRAINT chk_control_mappings_type CHECK (CAST(mapping_type AS BINARY) IN (
        'equal', 'equivalent', 'subset_of', 'superset_of', 'intersects_with', 'related', 'no_relationship')),
    ADD CONSTRAINT chk_control_mappings_confidence CHECK (CAST(confidence_level AS BINARY) IN ('low', 'medium', 'high')),
    ADD CONSTRAINT chk_control_mappings_strength CHECK (strength BETWEEN 1 AND 10),
    ADD UNIQUE KEY uq_control_mappings_pair (source_control_id, target_control_id);
