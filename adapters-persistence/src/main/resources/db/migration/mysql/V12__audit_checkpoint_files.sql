-- Every node writes audit checkpoints to a file of its own (docs/ARCHITECTURE.md section 10, "Audit trail"), so the
-- last checkpoint written is recorded per file, not once on audit_chain_head: file_id is the SHA-256 of the file's
-- first line, last_number and last_hash the number and line hash of the last checkpoint appended to it. A file that
-- later holds fewer checkpoints, or another last line, lost lines. audit_chain_head's checkpoint_number and
-- checkpoint_hash are no longer written; they stay for nodes of the previous release during a rolling upgrade
-- (docs/OPERATIONS.md). ../sqlite/V12__audit_checkpoint_files.sql is the same for SQLite.
CREATE TABLE audit_checkpoint_files (
    id          INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    file_id     VARCHAR(64) NOT NULL,
    last_number BIGINT NOT NULL,
    last_hash   VARCHAR(64) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX uq_audit_checkpoint_files_file_id ON audit_checkpoint_files (file_id);
