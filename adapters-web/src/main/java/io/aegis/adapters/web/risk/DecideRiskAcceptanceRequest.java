package io.aegis.adapters.web.risk;

/** The body of {@code POST /risks/{id}/acceptances/{aid}/decision}: {@code approve} or {@code reject}, and a note. */
public record DecideRiskAcceptanceRequest(String decision, String note) {
}
