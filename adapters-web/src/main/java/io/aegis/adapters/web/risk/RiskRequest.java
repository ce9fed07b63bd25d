package io.aegis.adapters.web.risk;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /risks}: the writable columns of a risk ({@link UpdateRiskRequest} changes them). Computed
 * columns (scores, level, status, review and resolution dates) are not here, so sending one is a 400.
 */
public record RiskRequest(String title, String description, String category, String subcategory, String riskType,
                          String source, String sourceReference, Long assetId, List<String> affectedSystems,
                          String businessProcess, Long riskMatrixId, Integer inherentLikelihood,
                          Integer inherentImpact, Integer residualLikelihood, Integer residualImpact,
                          String threatSource, String vulnerability, String existingControls,
                          String controlEffectiveness, String aiGeneratedStatement, String aiRiskAssessment,
                          Integer aiConfidenceScore, Instant aiLastUpdated, String treatmentStrategy,
                          String treatmentRationale, Long ownerId, Instant identifiedDate,
                          Instant targetResolutionDate, List<String> tags, Map<String, Object> customFields,
                          Long orgUnitId) {
}
