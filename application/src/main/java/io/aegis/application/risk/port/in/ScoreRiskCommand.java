package io.aegis.application.risk.port.in;

import io.aegis.domain.risk.RiskEstimate;
import io.aegis.domain.risk.RiskId;
import io.aegis.domain.risk.ScoringNote;
import java.util.Objects;

/** A re-scoring of a risk on its own matrix, with the reasons for the levels chosen. */
public record ScoreRiskCommand(RiskId id, RiskEstimate estimate, ScoringNote note) {

    public ScoreRiskCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(note, "note");
    }
}
