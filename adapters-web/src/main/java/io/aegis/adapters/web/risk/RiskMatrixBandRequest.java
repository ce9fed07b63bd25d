package io.aegis.adapters.web.risk;

/** One band of {@code risk_levels}: {@code {"level":"low","min_score":1,"max_score":4,"color":"#2E7D32"}}. */
public record RiskMatrixBandRequest(String level, Double minScore, Double maxScore, String color) {
}
