-- The audit trail becomes a hash chain (docs/ARCHITECTURE.md, "Audit trail"): every row Aegis writes from
-- now on carries the SHA-256 of its predecessor and its own, computed by io.aegis.domain.audit.AuditChain.
-- The columns are nullable because ALTER TABLE cannot add a NOT NULL column without a default here, and rows
-- written before this migration have no hash; Aegis always writes both. ../mysql/V4__audit_hash_chain.sql
-- is the same for MySQL / MariaDB.
ALTER TABLE audit_logs ADD COLUMN previous_hash VARCHAR(64);
ALTER TABLE audit_logs ADD COLUMN row_hash VARCHAR(64);

-- The chain's end, in one row. Every append locks it inside the appending transaction (SQLite's IMMEDIATE
-- transactions already hold the write lock; MySQL uses SELECT ... FOR UPDATE), so appends from any number
-- of threads and nodes take turns and never fork the chain. It starts after the rows that exist already.
CREATE TABLE audit_chain_head (
    id         INTEGER PRIMARY KEY,
    last_id    INTEGER,
    last_hash  VARCHAR(64),
    updated_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    CONSTRAINT chk_audit_chain_head_one_row CHECK (id = 1)
);
INSERT INTO audit_chain_head (id, last_id, last_hash) SELECT 1, MAX(id), NULL FROM audit_logs;
