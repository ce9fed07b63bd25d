package io.aegis.application.risk.port.in;

import java.time.Instant;

/** One row of a risk's score history. {@code scoredBy} and the rationales may be null. */
public record RiskScoreView(long id, long riskId, String scoreType, int likelihoodScore, int impactScore,
                            double totalScore, String riskLevel, String likelihoodRationale, String impactRationale,
                            String scoringMethodology, Long scoredBy, Instant scoredAt) {
}
