-- The register's governance (issue #11). ../sqlite/V18__register_governance.sql is the same for SQLite.
--
-- Two permissions of their own: matrix:write (create, change and deactivate risk matrices, choose the default one)
-- and risk:accept (approve a risk's acceptance). Until now both came with risk:write. The built-in Admin role,
-- which holds every permission, gains both; no other role does, so after the upgrade an Analyst no longer changes
-- matrices or accepts risks: an administrator grants the permissions to the roles that should (docs/OPERATIONS.md).
-- Appended to the text as V2 wrote it, like V11 (a built-in role's permissions never change); updated_at moves, so
-- an edit based on the role as it was (a stale If-Match) is refused.
UPDATE roles
SET permissions = CONCAT(SUBSTRING(permissions, 1, CHAR_LENGTH(permissions) - 1), ',"matrix:write","risk:accept"]'),
    updated_at  = UTC_TIMESTAMP(3)
WHERE name = 'Admin'
  AND permissions LIKE '%]'
  AND permissions NOT LIKE '%"risk:accept"%';

-- A user whose password an administrator chose (a new user, a reset) changes it at their next sign-in before
-- doing anything else. Existing users chose theirs.
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- A risk's reviews: a periodic review that changes nothing (kind 'review', with its note), and every status
-- transition (kind 'transition', with the statuses), each moving the next review date, recorded here as it was
-- set. Who reviewed is RESTRICTed: users are deactivated, never deleted, and a review names its reviewer for good.
CREATE TABLE risk_reviews (
    id               INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    risk_id          INT NOT NULL,
    kind             VARCHAR(20) NOT NULL,
    reviewed_by      INT NOT NULL,
    reviewed_at      DATETIME(6) NOT NULL,
    note             TEXT,
    from_status      VARCHAR(20),
    to_status        VARCHAR(20),
    next_review_date DATETIME(6),
    KEY idx_risk_reviews_risk_id (risk_id, reviewed_at),
    KEY idx_risk_reviews_reviewed_by (reviewed_by),
    CONSTRAINT fk_risk_reviews_risk_id FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_reviews_reviewed_by FOREIGN KEY (reviewed_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT chk_risk_reviews_kind CHECK (kind IN ('review', 'transition')),
    CONSTRAINT chk_risk_reviews_transition CHECK (
        (kind = 'transition' AND from_status IS NOT NULL AND to_status IS NOT NULL)
        OR (kind = 'review' AND from_status IS NULL AND to_status IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A risk's acceptances: someone asks to live with the risk until expires_at, with a rationale; someone holding
-- risk:accept approves (the risk becomes accepted) or rejects it, or the one who asked withdraws it. When the
-- installation requires four eyes, the approver is not the one who asked. Once decided, a row never changes.
-- After expires_at an approved acceptance no longer covers the risk: it is due for review again.
CREATE TABLE risk_acceptances (
    id            INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    risk_id       INT NOT NULL,
    status        VARCHAR(20) NOT NULL,
    rationale     TEXT NOT NULL,
    expires_at    DATETIME(6) NOT NULL,
    requested_by  INT NOT NULL,
    requested_at  DATETIME(6) NOT NULL,
    decided_by    INT,
    decided_at    DATETIME(6),
    decision_note TEXT,
    KEY idx_risk_acceptances_risk_id (risk_id, requested_at),
    KEY idx_risk_acceptances_requested_by (requested_by),
    KEY idx_risk_acceptances_decided_by (decided_by),
    CONSTRAINT fk_risk_acceptances_risk_id FOREIGN KEY (risk_id) REFERENCES risks (id) ON DELETE CASCADE,
    CONSTRAINT fk_risk_acceptances_requested_by FOREIGN KEY (requested_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_risk_acceptances_decided_by FOREIGN KEY (decided_by) REFERENCES users (id) ON DELETE RESTRICT,
    CONSTRAINT chk_risk_acceptances_status CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    CONSTRAINT chk_risk_acceptances_decision CHECK (
        (status = 'pending' AND decided_by IS NULL AND decided_at IS NULL)
        OR (status <> 'pending' AND decided_by IS NOT NULL AND decided_at IS NOT NULL)),
    CONSTRAINT chk_risk_acceptances_expiry CHECK (expires_at > requested_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
