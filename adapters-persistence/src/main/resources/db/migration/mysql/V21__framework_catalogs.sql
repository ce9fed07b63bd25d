-- Frameworks' catalogs and baselines (issue #13, points 1-4). ../sqlite/V21__framework_catalogs.sql is the same for
-- SQLite. Every seed column of frameworks and controls stays and is served.
--
-- A control's label (control_id: "AC-2(1)", "GV.OC-01") is unique within its framework: an import updates a
-- control in place by it. Groups (an 800-53 family, a CSF function) organise controls and are never assessed.
-- sort_position is the control's place in its catalog (AC-10 after AC-9, GV before ID), which no label order gives.
-- moved_to holds, as a JSON array of labels, where a withdrawn control was incorporated into or moved to.
-- Labels compare exactly, as on SQLite: utf8mb4_bin, so that "AC-1" and "ac-1" are two labels here too.
ALTER TABLE controls
    MODIFY control_id VARCHAR(50) NOT NULL COLLATE utf8mb4_bin,
    ADD COLUMN is_group BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN sort_position INT NOT NULL DEFAULT 0,
    ADD COLUMN moved_to TEXT,
    ADD UNIQUE KEY uq_controls_framework_control (framework_id, control_id),
    -- a framework's controls in catalog order: the flat list's pages and the tree
    ADD KEY idx_controls_framework_position (framework_id, sort_position, id);

-- A framework's baselines (an OSCAL profile: 800-53 LOW, MODERATE, HIGH), each name once per framework, and the
-- controls each selects in the profile's order. Removing a control or a baseline removes its selections.
CREATE TABLE framework_baselines (
    id           INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    framework_id INT NOT NULL,
    name         VARCHAR(200) NOT NULL,
    version      VARCHAR(50),
    created_at   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at   DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    UNIQUE KEY uq_framework_baselines_name (framework_id, name),
    CONSTRAINT fk_framework_baselines_framework_id FOREIGN KEY (framework_id) REFERENCES frameworks (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE baseline_controls (
    baseline_id   INT NOT NULL,
    control_id    INT NOT NULL,
    sort_position INT NOT NULL,
    PRIMARY KEY (baseline_id, control_id),
    KEY idx_baseline_controls_control_id (control_id),
    CONSTRAINT fk_baseline_controls_baseline_id FOREIGN KEY (baseline_id) REFERENCES framework_baselines (id) ON DELETE CASCADE,
    CONSTRAINT fk_baseline_controls_control_id FOREIGN KEY (control_id) REFERENCES controls (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
