package io.aegis.adapters.web.risk;

import io.aegis.application.port.Patch;

/**
 * The body of {@code POST /risks/{id}/scores}: the levels chosen and why. The residual pair is left out to keep the
 * residual rating, sent to re-rate it, or sent as two nulls to clear it.
 */
public record ScoreRiskRequest(Integer inherentLikelihood, Integer inherentImpact, Patch<Integer> residualLikelihood,
                               Patch<Integer> residualImpact, String likelihoodRationale, String impactRationale,
                               String scoringMethodology) {
}
