package io.aegis.adapters.web.risk;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.adapters.web.request.NotClearable;
import io.aegis.application.port.Patch;
import java.util.List;

/** The body of {@code PATCH /risk-matrices/{id}}; a matrix always has its levels, scores and bands. */
public record UpdateRiskMatrixRequest(@NotClearable Patch<String> name, Patch<String> description,
                                      @NotClearable Patch<List<RiskMatrixLevelRequest>> likelihoodLevels,
                                      @NotClearable Patch<List<RiskMatrixLevelRequest>> impactLevels,
                                      @NotClearable Patch<List<List<Double>>> riskScores,
                                      @NotClearable Patch<List<RiskMatrixBandRequest>> riskLevels,
                                      @NotClearable @JsonProperty("is_default") Patch<Boolean> isDefault,
                                      @NotClearable @JsonProperty("is_active") Patch<Boolean> active) {
}
