package io.aegis.adapters.web.evidence;

public record LinkTaskRequest(Long evidenceId, String relationshipType, String notes) {
}
