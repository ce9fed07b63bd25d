package io.aegis.application.audit.port.in;

import io.aegis.domain.audit.AuditContent;
import io.aegis.domain.audit.AuditRecord;
import io.aegis.domain.audit.AuditSeal;
import java.time.Instant;

/**
 * One audit row as clients see it: every column, seal included. {@code oldValues} and {@code newValues} hold the
 * JSON text stored (the resource before and after the change); any field but the id, action and time may be
 * null. {@code orgUnitId} is the unit of the resource, null for a resource of no unit and for a refusal.
 * {@code chainSeq}, {@code previousHash} and {@code rowHash} stay null until the sealer chains the row.
 */
public record AuditLogView(long id, Long userId, String action, String resourceType, Long resourceId, Long orgUnitId,
                           String oldValues, String newValues, String ipAddress, String userAgent, String sessionId,
                           String requestId, String clientRequestId, String outcome, String errorMessage,
                           Instant createdAt, String entryId, String sealVersion, Long chainSeq, String previousHash,
                           String rowHash) {

    public static AuditLogView of(AuditRecord row, AuditSeal seal) {
        AuditContent c = row.content();
        return new AuditLogView(row.id(), c.userId(), c.action(), c.resourceType(), c.resourceId(), c.orgUnitId(),
                c.oldValues(), c.newValues(), c.ipAddress(), c.userAgent(), c.sessionId(), c.requestId(),
                c.clientRequestId(), c.outcome(), c.errorMessage(), c.createdAt(), c.entryId(), seal.version(),
                seal.chainSeq(), seal.previousHash(), seal.rowHash());
    }
}
