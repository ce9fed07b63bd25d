-- Controls that treat risks (issue #13, point 8). ../sqlite/V24__risk_controls.sql is the same for SQLite.
--
-- A risk names the controls that treat it, each once. treatment_state says what the link means: 'planned' (the
-- control is intended to treat the risk) or 'claimed' (the risk's residual rating relies on it, so an assessment
-- finding it not implemented leaves that rating unsupported: the treatment gap, docs/ARCHITECTURE.md section 19).
-- reduces says which factor of the rating the control lowers. Both hold the domain's keys
-- (io.aegis.domain.risk.TreatmentState, ControlReduction), compared by bytes (CAST AS BINARY) as on SQLite.
-- A risk or a control removed removes its links; a user removed leaves the links they made.
-- The unique pair serves a risk's controls; the control's index serves "which risks does this control treat".
CREATE TABLE risk_controls (
    id              INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    risk_id         INT NOT NULL,
    control_id      INT NOT NULL,
    treatment_state VARCHAR(20) NOT NULL,
    reduces         VARCHAR(20) NOT NULL,
    notes           VARCHAR(2000),
    created_by      INT,
    created_at      DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6) NULL ON UPDATE CURRENT_TIMESTAMP(6),
    UNIQUE KEY uq_risk_controls_pair (risk_id, control_id),
    KEY idx_risk_controls_control_id (control_id, risk_id),
    KEY idx_risk_controls_created_by (created_by),
    CONSTRAINT fk_risk_controls_risk_id FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_controls_control_id FOREIGN KEY (control_id) REFERENCES controls (id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_controls_created_by FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT chk_risk_controls_state CHECK (CAST(treatment_state AS BINARY) IN ('planned', 'claimed')),
    CONSTRAINT chk_risk_controls_reduces CHECK (CAST(reduces AS BINARY) IN ('likelihood', 'impact', 'both'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
