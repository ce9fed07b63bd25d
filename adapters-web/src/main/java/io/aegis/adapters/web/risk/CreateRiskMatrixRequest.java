package io.aegis.adapters.web.risk;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /risk-matrices}; the domain validates the content. {@code org_unit_id} is the unit whose
 * risks (and those of the units below it) the matrix rates; it cannot change afterwards.
 */
public record CreateRiskMatrixRequest(String name, String description, List<RiskMatrixLevelRequest> likelihoodLevels,
                                      List<RiskMatrixLevelRequest> impactLevels, List<List<Double>> riskScores,
                                      List<RiskMatrixBandRequest> riskLevels,
                                      @JsonProperty("is_default") Boolean isDefault, Long orgUnitId) {
}
