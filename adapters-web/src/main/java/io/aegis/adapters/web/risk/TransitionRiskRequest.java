package io.aegis.adapters.web.risk;

/** The body of {@code POST /risks/{id}/transitions}. */
public record TransitionRiskRequest(String to, String reason) {
}
