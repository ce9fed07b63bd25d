-- The register's governance (issue #11). ../mysql/V18__register_governance.sql is the same for MySQL / MariaDB,
-- and says why each part is there.
UPDATE roles
SET permissions = substr(permissions, 1, length(permissions) - 1) || ',"matrix:write","risk:accept"]',
    updated_at  = strftime('%Y-%m-%d %H:%M:%f', 'now')
WHERE name = 'Admin'
  AND permissions LIKE '%]'
  AND permissions NOT LIKE '%"risk:accept"%';

ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE risk_reviews (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    risk_id          INTEGER NOT NULL,
    kind             VARCHAR(20) NOT NULL,
    reviewed_by      INTEGER NOT NULL,
    reviewed_at      DATETIME NOT NULL,
    note             TEXT,
    from_status      VARCHAR(20),
    to_status        VARCHAR(20),
    next_review_date DATETIME,
    CONSTRAINT fk_risk_reviews_risk_id FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_reviews_reviewed_by FOREIGN KEY (reviewed_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT chk_risk_reviews_kind CHECK (kind IN ('review', 'transition')),
    CONSTRAINT chk_risk_reviews_transition CHECK (
        (kind = 'transition' AND from_status IS NOT NULL AND to_status IS NOT NULL)
        OR (kind = 'review' AND from_status IS NULL AND to_status IS NULL))
);
CREATE INDEX idx_risk_reviews_risk_id ON risk_reviews (risk_id, reviewed_at);
CREATE INDEX idx_risk_reviews_reviewed_by ON risk_reviews (reviewed_by);

CREATE TABLE risk_acceptances (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    risk_id       INTEGER NOT NULL,
    status        VARCHAR(20) NOT NULL,
    rationale     TEXT NOT NULL,
    expires_at    DATETIME NOT NULL,
    requested_by  INTEGER NOT NULL,
    requested_at  DATETIME NOT NULL,
    decided_by    INTEGER,
    decided_at    DATETIME,
    decision_note TEXT,
    CONSTRAINT fk_risk_acceptances_risk_id FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_acceptances_requested_by FOREIGN KEY (requested_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_risk_acceptances_decided_by FOREIGN KEY (decided_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT chk_risk_acceptances_status CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    CONSTRAINT chk_risk_acceptances_decision CHECK (
        (status = 'pending' AND decided_by IS NULL AND decided_at IS NULL)
        OR (status <> 'pending' AND decided_by IS NOT NULL AND decided_at IS NOT NULL)),
    CONSTRAINT chk_risk_acceptances_expiry CHECK (expires_at > requested_at)
);
CREATE INDEX idx_risk_acceptances_risk_id ON risk_acceptances (risk_id, requested_at);
CREATE INDEX idx_risk_acceptances_requested_by ON risk_acceptances (requested_by);
CREATE INDEX idx_risk_acceptances_decided_by ON risk_acceptances (decided_by);
