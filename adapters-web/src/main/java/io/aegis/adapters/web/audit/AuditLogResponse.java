package io.aegis.adapters.web.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.aegis.adapters.web.Json;
import io.aegis.application.audit.port.in.AuditLogView;
import java.time.Instant;

/** One audit row; {@code old_values} and {@code new_values} are the stored JSON as JSON, not as strings. */
public record AuditLogResponse(long id, Long userId, String action, String resourceType, Long resourceId,
                               Long orgUnitId, JsonNode oldValues, JsonNode newValues, String ipAddress,
                               String userAgent, String sessionId, String requestId, String clientRequestId,
                               String outcome, String errorMessage, Instant createdAt, String entryId,
                               String sealVersion, Long chainSeq, String previousHash, String rowHash) {

    static AuditLogResponse of(AuditLogView view) {
        return new AuditLogResponse(view.id(), view.userId(), view.action(), view.resourceType(), view.resourceId(),
                view.orgUnitId(), json(view.oldValues()), json(view.newValues()), view.ipAddress(), view.userAgent(),
                view.sessionId(), view.requestId(), view.clientRequestId(), view.outcome(), view.errorMessage(),
                view.createdAt(), view.entryId(), view.sealVersion(), view.chainSeq(), view.previousHash(),
                view.rowHash());
    }

    /** Aegis stores JSON there; text that is not JSON (written by other means) is shown as the string it is. */
    private static JsonNode json(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            JsonNode tree = Json.mapper().readTree(stored);
            // blank text parses as "no content" rather than failing
            return tree.isMissingNode() ? TextNode.valueOf(stored) : tree;
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(stored);
        }
    }
}
