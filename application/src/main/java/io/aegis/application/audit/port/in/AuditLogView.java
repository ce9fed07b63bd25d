package io.aegis.application.audit.port.in;

import io.aegis.domain.audit.AuditRecord;
import java.time.Instant;

/**
 * One audit row as clients see it: every column, hashes included. {@code oldValues} and {@code newValues}
 * hold the JSON text stored (the resource before and after the change); any field but the id, action and
 * time may be null.
 */
public record AuditLogView(long id, Long userId, String action, String resourceType, Long resourceId,
                           String oldValues, String newValues, String ipAddress, String userAgent, String sessionId,
                           String requestId, String outcome, String errorMessage, Instant createdAt,
                           String previousHash, String rowHash) {

    public static AuditLogView of(AuditRecord row, String previousHash, String rowHash) {
        return new AuditLogView(row.id(), row.userId(), row.action(), row.resourceType(), row.resourceId(),
                row.oldValues(), row.newValues(), row.ipAddress(), row.userAgent(), row.sessionId(), row.requestId(),
                row.outcome(), row.errorMessage(), row.createdAt(), previousHash, rowHash);
    }
}
