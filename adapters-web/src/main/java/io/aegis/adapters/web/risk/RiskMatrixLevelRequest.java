package io.aegis.adapters.web.risk;

/** One level of {@code likelihood_levels} or {@code impact_levels}: {@code {"value":1,"name":"Rare","description":"..."}}. */
public record RiskMatrixLevelRequest(Integer value, String name, String description) {
}
