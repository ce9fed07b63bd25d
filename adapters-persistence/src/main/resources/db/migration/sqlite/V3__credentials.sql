-- Credentials that authenticate requests: login tokens and API keys. Only SHA-256 hashes of the secrets are
-- stored, so a copy of the database holds no usable credential; they live in the database so that any number
-- of Aegis nodes can validate them. ../mysql/V3__credentials.sql is the same for MySQL / MariaDB.

CREATE TABLE auth_tokens (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id        INTEGER NOT NULL,
    token_hash     VARCHAR(64) NOT NULL,
    client_address VARCHAR(45),
    user_agent     VARCHAR(500),
    created_at     DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    expires_at     DATETIME NOT NULL,
    revoked_at     DATETIME,
    CONSTRAINT fk_auth_tokens_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX uq_auth_tokens_token_hash ON auth_tokens (token_hash);
CREATE INDEX idx_auth_tokens_user_id ON auth_tokens (user_id);

-- permissions: a JSON array narrowing what the key may do to a subset of its user's permissions; NULL for all
CREATE TABLE api_keys (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL,
    name        VARCHAR(100) NOT NULL,
    key_prefix  VARCHAR(16) NOT NULL,
    key_hash    VARCHAR(64) NOT NULL,
    permissions TEXT,
    created_at  DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
    expires_at  DATETIME,
    revoked_at  DATETIME,
    CONSTRAINT fk_api_keys_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX uq_api_keys_key_hash ON api_keys (key_hash);
CREATE INDEX idx_api_keys_user_id ON api_keys (user_id);

-- recent failed logins, counted per username and per client address to throttle guessing on every node
CREATE TABLE login_failures (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    username       VARCHAR(100) NOT NULL,
    client_address VARCHAR(45) NOT NULL,
    failed_at      DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now'))
);
CREATE INDEX idx_login_failures_username ON login_failures (username, failed_at);
CREATE INDEX idx_login_failures_client ON login_failures (client_address, failed_at);
