package io.aegis.adapters.web.risk;

/** The body of {@code POST /risks/{id}/scores}: the levels chosen and why. */
public record ScoreRiskRequest(Integer inherentLikelihood, Integer inherentImpact, Integer residualLikelihood,
                               Integer residualImpact, String likelihoodRationale, String impactRationale,
                               String scoringMethodology) {
}
