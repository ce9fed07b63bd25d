package io.aegis.application.risk.port.in;

import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.ScoringNote;
import java.util.Objects;

/**
 * A re-scoring of a risk on its own matrix, with the reasons for the levels chosen. It changes what it names:
 * with {@code keepResidual} only the inherent pair is re-rated and the residual rating stays as assessed;
 * otherwise {@code estimate} replaces both, and an estimate without a residual pair clears it.
 */
public record ScoreRiskCommand(RiskId id, RiskEstimate estimate, boolean keepResidual, ScoringNote note) {

    public ScoreRiskCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(note, "note");
        if (keepResidual && estimate.residualAssessed()) {
            throw new IllegalArgumentException("a re-scoring that keeps the residual rating names no residual pair");
        }
    }
}
