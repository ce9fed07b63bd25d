package io.aegis.adapters.web.evidence;

public record LinkControlRequest(Long controlId, String supportType, String adequacyRating, String notes) {
}
