-- Controls that treat risks (issue #13, point 8). ../mysql/V24__risk_controls.sql is the same for MySQL / MariaDB,
-- and says why each part is there.
CREATE TABLE risk_controls (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    risk_id         INTEGER NOT NULL,
    control_id      INTEGER NOT NULL,
    treatment_state VARCHAR(20) NOT NULL,
    reduces         VARCHAR(20) NOT NULL,
    notes           VARCHAR(2000),
    created_by      INTEGER,
    created_at      DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    updated_at      DATETIME,
    CONSTRAINT fk_risk_controls_risk_id FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_controls_control_id FOREIGN KEY (control_id) REFERENCES controls (id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_controls_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT chk_risk_controls_state CHECK (treatment_state IN ('planned', 'claimed')),
    CONSTRAINT chk_risk_controls_reduces CHECK (reduces IN ('likelihood', 'impact', 'both'))
);
CREATE UNIQUE INDEX uq_risk_controls_pair ON risk_controls (risk_id, control_id);
CREATE INDEX idx_risk_controls_control_id ON risk_controls (control_id, risk_id);
CREATE INDEX idx_risk_controls_created_by ON risk_controls (created_by);
CREATE TRIGGER trg_risk_controls_updated_at AFTER UPDATE ON risk_controls FOR EACH ROW
    WHEN NEW.updated_at IS OLD.updated_at AND NEW.updated_at IS NOT strftime('%Y-%m-%d %H:%M:%f', 'now')
BEGIN
    UPDATE risk_controls SET updated_at = strftime('%Y-%m-%d %H:%M:%f', 'now') WHERE id = NEW.id;
END;
