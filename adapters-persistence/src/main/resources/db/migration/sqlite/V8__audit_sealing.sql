-- The audit trail is sealed after the fact instead of under a lock (docs/ARCHITECTURE.md, "Audit trail"):
-- a change writes its audit row in its own transaction with a keyed MAC of the row's content (entry_mac,
-- HMAC-SHA-256 under the audit key, which never enters the database), and one sealer chains committed rows
-- in order: chain_seq is the row's place in the chain, row_hash = HMAC(previous_hash, entry_mac, chain_seq).
-- No write touches a shared row any more, and nobody without the key can forge a row, a link or a head.
-- seal_version names the form each row was sealed in, so a later form (personal data stored encrypted,
-- issue #18) is a new version and old rows verify as they are. ../mysql/V8__audit_sealing.sql is the same.
ALTER TABLE audit_logs ADD COLUMN entry_id VARCHAR(32);
ALTER TABLE audit_logs ADD COLUMN client_request_id VARCHAR(255);
ALTER TABLE audit_logs ADD COLUMN seal_version VARCHAR(20);
ALTER TABLE audit_logs ADD COLUMN key_id VARCHAR(16);
ALTER TABLE audit_logs ADD COLUMN entry_mac VARCHAR(64);
ALTER TABLE audit_logs ADD COLUMN chain_seq BIGINT;
CREATE UNIQUE INDEX uq_audit_logs_entry_id ON audit_logs (entry_id);
CREATE UNIQUE INDEX uq_audit_logs_chain_seq ON audit_logs (chain_seq);

-- Rows sealed by the V4 chain keep their SHA-256 links (form aegis-audit-v1); their ids are consecutive, so
-- their place in the chain is their rank.
UPDATE audit_logs
SET seal_version = 'aegis-audit-v1',
    chain_seq = (SELECT COUNT(*) FROM audit_logs earlier WHERE earlier.row_hash IS NOT NULL AND earlier.id <= audit_logs.id)
WHERE row_hash IS NOT NULL;

-- The head is now the sealer's: the last sealed place and hash, the rows older than any chain, why the chain
-- is broken (writes are refused while this is set), and the last checkpoint written outside the database.
ALTER TABLE audit_chain_head ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_chain_head ADD COLUMN legacy_through_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_chain_head ADD COLUMN broken_reason VARCHAR(1000);
ALTER TABLE audit_chain_head ADD COLUMN checkpoint_number BIGINT NOT NULL DEFAULT 0;
ALTER TABLE audit_chain_head ADD COLUMN checkpoint_hash VARCHAR(64);
UPDATE audit_chain_head
SET last_seq = (SELECT COUNT(*) FROM audit_logs WHERE row_hash IS NOT NULL),
    legacy_through_id = COALESCE((SELECT MAX(id) FROM audit_logs WHERE row_hash IS NULL), 0);

-- Background jobs (the sealer, checkpoints; later syncs, reports, purges) run on one node at a time: a node
-- claims a job by taking its lease, and a dead node's lease expires.
CREATE TABLE job_leases (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        VARCHAR(100) NOT NULL,
    holder      VARCHAR(255),
    expires_at  DATETIME NOT NULL
);
CREATE UNIQUE INDEX uq_job_leases_name ON job_leases (name);
INSERT INTO job_leases (name, holder, expires_at) VALUES ('audit.seal', NULL, '1970-01-01 00:00:00.000');
