-- Sessions end after a time without use as well as at their absolute expiry (issue #12; docs/SECURITY.md,
-- "Browser sessions"). last_used_at is when a request last recorded the session's use: at most once a minute, so
-- that reads stay reads. Sessions issued before this version count as last used when they were issued.
-- ../sqlite/V20__session_last_use.sql is the same for SQLite.
ALTER TABLE auth_tokens ADD COLUMN last_used_at DATETIME(6);
UPDATE auth_tokens SET last_used_at = created_at;
