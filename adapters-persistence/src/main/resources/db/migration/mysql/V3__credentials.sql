-- Credentials that authenticate requests: login tokens and API keys. Only SHA-256 hashes of the secrets are
-- stored, so a copy of the database holds no usable credential; they live in the database so that any number
-- of Aegis nodes can validate them. ../sqlite/V3__credentials.sql is the same for SQLite.

CREATE TABLE auth_tokens (
    id             INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id        INT NOT NULL,
    token_hash     VARCHAR(64) NOT NULL,
    client_address VARCHAR(45),
    user_agent     VARCHAR(500),
    created_at     DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at     DATETIME(6) NOT NULL,
    revoked_at     DATETIME(6),
    UNIQUE KEY uq_auth_tokens_token_hash (token_hash),
    KEY idx_auth_tokens_user_id (user_id),
    CONSTRAINT fk_auth_tokens_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- permissions: a JSON array narrowing what the key may do to a subset of its user's permissions; NULL for all
CREATE TABLE api_keys (
    id          INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     INT NOT NULL,
    name        VARCHAR(100) NOT NULL,
    key_prefix  VARCHAR(16) NOT NULL,
    key_hash    VARCHAR(64) NOT NULL,
    permissions TEXT,
    created_at  DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    expires_at  DATETIME(6),
    revoked_at  DATETIME(6),
    UNIQUE KEY uq_api_keys_key_hash (key_hash),
    KEY idx_api_keys_user_id (user_id),
    CONSTRAINT fk_api_keys_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- recent failed logins, counted per username and per client address to throttle guessing on every node
CREATE TABLE login_failures (
    id             INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(100) NOT NULL,
    client_address VARCHAR(45) NOT NULL,
    failed_at      DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    KEY idx_login_failures_username (username, failed_at),
    KEY idx_login_failures_client (client_address, failed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
