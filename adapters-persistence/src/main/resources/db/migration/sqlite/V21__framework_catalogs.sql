-- Frameworks' catalogs and baselines (issue #13, points 1-4). ../mysql/V21__framework_catalogs.sql is the same for
-- MySQL / MariaDB. Every seed column of frameworks and controls stays and is served.
--
-- A control's label (control_id: "AC-2(1)", "GV.OC-01") is unique within its framework: an import updates a
-- control in place by it. Groups (an 800-53 family, a CSF function) organise controls and are never assessed.
-- sort_position is the control's place in its catalog (AC-10 after AC-9, GV before ID), which no label order gives.
-- moved_to holds, as a JSON array of labels, where a withdrawn control was incorporated into or moved to.
ALTER TABLE controls ADD COLUMN is_group BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE controls ADD COLUMN sort_position INTEGER NOT NULL DEFAULT 0;
ALTER TABLE controls ADD COLUMN moved_to TEXT;
CREATE UNIQUE INDEX uq_controls_framework_control ON controls (framework_id, control_id);
-- a framework's controls in catalog order: the flat list's pages and the tree
CREATE INDEX idx_controls_framework_position ON controls (framework_id, sort_position, id);

-- A framework's baselines (an OSCAL profile: 800-53 LOW, MODERATE, HIGH), each name once per framework, and the
-- controls each selects in the profile's order. Removing a control or a baseline removes its selections.
CREATE TABLE framework_baselines (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    framework_id INTEGER NOT NULL,
    name         VARCHAR(200) NOT NULL,
    version      VARCHAR(50),
    created_at   DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at   DATETIME,
    CONSTRAINT fk_framework_baselines_framework_id FOREIGN KEY (framework_id) REFERENCES frameworks (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX uq_framework_baselines_name ON framework_baselines (framework_id, name);
CREATE TRIGGER trg_framework_baselines_updated_at AFTER UPDATE ON framework_baselines FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE framework_baselines SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;

CREATE TABLE baseline_controls (
    baseline_id   INTEGER NOT NULL,
    control_id    INTEGER NOT NULL,
    sort_position INTEGER NOT NULL,
    PRIMARY KEY (baseline_id, control_id),
    CONSTRAINT fk_baseline_controls_baseline_id FOREIGN KEY (baseline_id) REFERENCES framework_baselines (id) ON DELETE CASCADE,
    CONSTRAINT fk_baseline_controls_control_id FOREIGN KEY (control_id) REFERENCES controls (id) ON DELETE CASCADE
);
CREATE INDEX idx_baseline_controls_control_id ON baseline_controls (control_id);
