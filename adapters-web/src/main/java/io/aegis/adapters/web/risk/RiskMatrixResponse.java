package io.aegis.adapters.web.risk;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.aegis.application.risk.port.in.RiskMatrixView;
import java.time.Instant;
import java.util.List;

/** A matrix in the shapes of its stored JSON columns (docs/SCHEMA.md), fields in column order. */
public record RiskMatrixResponse(long id, String name, String description, List<RiskMatrixView.Level> likelihoodLevels,
                                 List<RiskMatrixView.Level> impactLevels, List<List<Double>> riskScores,
                                 List<RiskMatrixView.Band> riskLevels, long orgUnitId,
                                 @JsonProperty("is_default") boolean isDefault,
                                 @JsonProperty("is_active") boolean active, Instant createdAt, Instant updatedAt) {

    static RiskMatrixResponse of(RiskMatrixView view) {
        return new RiskMatrixResponse(view.id(), view.name(), view.description(), view.likelihoodLevels(),
                view.impactLevels(), view.riskScores(), view.riskLevels(), view.orgUnitId(), view.isDefault(),
                view.active(), view.createdAt(), view.updatedAt());
    }
}
