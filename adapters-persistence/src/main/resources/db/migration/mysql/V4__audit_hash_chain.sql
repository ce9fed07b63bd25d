-- The audit trail becomes a hash chain (docs/ARCHITECTURE.md, "Audit trail"): every row Aegis writes from
-- now on carries the SHA-256 of its predecessor and its own, computed by io.aegis.domain.audit.AuditChain.
-- The columns are nullable like on SQLite, where ALTER TABLE cannot add a NOT NULL column without a default,
-- and because rows written before this migration have no hash; Aegis always writes both.
-- ../sqlite/V4__audit_hash_chain.sql is the same for SQLite.
ALTER TABLE audit_logs
    ADD COLUMN previous_hash VARCHAR(64),
    ADD COLUMN row_hash VARCHAR(64);

-- The chain's end, in one row. Every append locks it (SELECT ... FOR UPDATE) inside the appending
-- transaction, so appends from any number of threads and nodes take turns and never fork the chain.
-- It starts after the rows that exist already.
CREATE TABLE audit_chain_head (
    id         INT NOT NULL PRIMARY KEY,
    last_id    INT,
    last_hash  VARCHAR(64),
    updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT chk_audit_chain_head_one_row CHECK (id = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO audit_chain_head (id, last_id, last_hash) SELECT 1, MAX(id), NULL FROM audit_logs;
