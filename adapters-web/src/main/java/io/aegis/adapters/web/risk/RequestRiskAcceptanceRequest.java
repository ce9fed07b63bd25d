package io.aegis.adapters.web.risk;

/**
 * The body of {@code POST /risks/{id}/acceptances}: why to live with the risk, until when ({@code "YYYY-MM-DD"},
 * the start of that day in UTC, or an RFC 3339 instant), and an optional note kept in the audit trail.
 */
public record RequestRiskAcceptanceRequest(String rationale, String expiresOn, String note) {
}
