package io.aegis.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * What one row of the audit trail says, exactly as it is stored, without its id and the columns that seal it.
 * Fields are the stored values, unchecked beyond what the seal needs, because the verifier must be able to read
 * back any row, including one somebody edited.
 *
 * @param entryId         a random id the writer gives the row; sealed with it, so a copied row is no second
 *                        genuine entry (null on rows written before V8)
 * @param orgUnitId       the unit of the resource the row is about, which decides who may read the row; null for a
 *                        resource of no unit and for a refusal; forms older than {@value AuditChain#V3} hold none
 * @param requestId       the id Aegis gave the request that made the change
 * @param clientRequestId the {@code X-Request-Id} the client sent, kept apart so that a client cannot choose or
 *                        reuse the server's ids
 * @param createdAt       kept to the millisecond, like every stored timestamp
 */
public record AuditContent(String entryId, Long userId, String action, String resourceType, Long resourceId,
                           Long orgUnitId, String oldValues, String newValues, String ipAddress, String userAgent,
                           String sessionId, String requestId, String clientRequestId, String outcome,
                           String errorMessage, Instant createdAt) {

    public AuditContent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
