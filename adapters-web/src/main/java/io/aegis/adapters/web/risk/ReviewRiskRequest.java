package io.aegis.adapters.web.risk;

/** The body of {@code POST /risks/{id}/reviews}: what the reviewer noted. */
public record ReviewRiskRequest(String note) {
}
