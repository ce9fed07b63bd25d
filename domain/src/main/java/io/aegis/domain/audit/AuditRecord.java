package io.aegis.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * What one row of the audit trail says, exactly as it is stored: every column except the two hashes that
 * seal it. Fields are the stored values, unchecked beyond what the hash needs, because the verifier must be
 * able to read back any row, including one somebody edited.
 *
 * @param id        the row's id; part of the hash, so a row cannot be moved to another place in the chain
 * @param createdAt kept to the millisecond, like every stored timestamp
 */
public record AuditRecord(long id, Long userId, String action, String resourceType, Long resourceId,
                          String oldValues, String newValues, String ipAddress, String userAgent, String sessionId,
                          String requestId, String outcome, String errorMessage, Instant createdAt) {

    public AuditRecord {
        if (id <= 0) {
            throw new IllegalArgumentException("an audit row's id is positive, not " + id);
        }
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
