package io.aegis.adapters.web.risk;

import io.aegis.adapters.web.request.NotClearable;
import io.aegis.application.port.Patch;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code PATCH /risks/{id}}: the writable columns of {@link RiskRequest} but {@code identified_date},
 * which only a creation sets. Which of them may be cleared is the domain's to say, but for {@code org_unit_id}: a risk
 * always belongs to a unit, so it moves and is never cleared.
 */
public record UpdateRiskRequest(Patch<String> title, Patch<String> description, Patch<String> category,
                                Patch<String> subcategory, Patch<String> riskType, Patch<String> source,
                                Patch<String> sourceReference, Patch<Long> assetId,
                                Patch<List<String>> affectedSystems, Patch<String> businessProcess,
                                Patch<Long> riskMatrixId, Patch<Integer> inherentLikelihood,
                                Patch<Integer> inherentImpact, Patch<Integer> residualLikelihood,
                                Patch<Integer> residualImpact, Patch<String> threatSource,
                                Patch<String> vulnerability, Patch<String> existingControls,
                                Patch<String> controlEffectiveness, Patch<String> aiGeneratedStatement,
                                Patch<String> aiRiskAssessment, Patch<Integer> aiConfidenceScore,
                                Patch<Instant> aiLastUpdated, Patch<String> treatmentStrategy,
                                Patch<String> treatmentRationale, Patch<Long> ownerId,
                                Patch<Instant> targetResolutionDate, Patch<List<String>> tags,
                                Patch<Map<String, Object>> customFields, @NotClearable Patch<Long> orgUnitId) {
}
