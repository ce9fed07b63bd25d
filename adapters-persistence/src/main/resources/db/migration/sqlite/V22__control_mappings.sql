-- Control mappings (issue #13, point 5). ../mysql/V22__control_mappings.sql is the same for MySQL / MariaDB. Every
-- seed column stays and is served; added at the end: strength (NIST IR 8477's 1..10, optional) and updated_at (a
-- mapping's version for If-Match). mapping_type and confidence_level hold the domain's keys
-- (io.aegis.domain.framework.MappingRelationship, MappingConfidence), checked like the seed's other enumerations.
-- A pair of controls is mapped once: one direction is stored, the other is derived (the use cases also refuse the
-- reverse pair, which no index can express). The seed already indexes target_control_id, which the walk over
-- mappings from their target reads.
--
-- SQLite cannot add a CHECK to a table, so it is rebuilt as https://www.sqlite.org/lang_altertable.html#otheralter
-- prescribes. No table references control_mappings, so dropping it cascades nowhere and the rebuild runs in
-- Flyway's transaction. No route wrote mappings before this version: a row the checks refuse was written by hand.
CREATE TABLE control_mappings_v22 (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    source_control_id INTEGER NOT NULL,
    target_control_id INTEGER NOT NULL,
    mapping_type      VARCHAR(50) NOT NULL,
    mapping_rationale TEXT,
    confidence_level  VARCHAR(20),
    created_at        DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    created_by        INTEGER,
    strength          INTEGER,
    updated_at        DATETIME,
    CONSTRAINT fk_control_mappings_source_control_id FOREIGN KEY (source_control_id) REFERENCES controls (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_control_mappings_target_control_id FOREIGN KEY (target_control_id) REFERENCES controls (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_control_mappings_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT chk_control_mappings_type CHECK (mapping_type IN (
        'equal', 'equivalent', 'subset_of', 'superset_of', 'intersects_with', 'related', 'no_relationship')),
    CONSTRAINT chk_control_mappings_confidence CHECK (confidence_level IN ('low', 'medium', 'high')),
    CONSTRAINT chk_control_mappings_strength CHECK (strength BETWEEN 1 AND 10)
);
INSERT INTO control_mappings_v22 (id, source_control_id, target_control_id, mapping_type, mapping_rationale,
                                  confidence_level, created_at, created_by)
SELECT id, source_control_id, target_control_id, mapping_type, mapping_rationale, confidence_level, created_at,
       created_by
FROM control_mappings;
DROP TABLE control_mappings;
ALTER TABLE control_mappings_v22 RENAME TO control_mappings;

CREATE INDEX idx_control_mappings_source_control_id ON control_mappings (source_control_id);
CREATE INDEX idx_control_mappings_target_control_id ON control_mappings (target_control_id);
CREATE INDEX idx_control_mappings_created_by ON control_mappings (created_by);
CREATE UNIQUE INDEX uq_control_mappings_pair ON control_mappings (source_control_id, target_control_id);
CREATE TRIGGER trg_control_mappings_updated_at AFTER UPDATE ON control_mappings FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE control_mappings SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;
