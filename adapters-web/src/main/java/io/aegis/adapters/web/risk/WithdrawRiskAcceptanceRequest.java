package io.aegis.adapters.web.risk;

/** The body of {@code POST /risks/{id}/acceptances/{aid}/withdrawal}: an optional note. */
public record WithdrawRiskAcceptanceRequest(String note) {
}
