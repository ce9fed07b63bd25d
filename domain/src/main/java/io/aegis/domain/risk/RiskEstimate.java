package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Optional;

/**
 * The levels an assessor chose, before a matrix rates them: the inherent pair always, the residual pair once
 * controls are assessed. A residual likelihood without its impact (or the reverse) rates nothing.
 */
public record RiskEstimate(int inherentLikelihood, int inherentImpact, Integer residualLikelihood,
                           Integer residualImpact) {

    public RiskEstimate {
        if (residualLikelihood == null && residualImpact != null) {
            throw new InvalidValueException("residual_likelihood", "is required with residual_impact");
        }
        if (residualLikelihood != null && residualImpact == null) {
            throw new InvalidValueException("residual_impact", "is required with residual_likelihood");
        }
    }

    public static RiskEstimate inherent(int likelihood, int impact) {
        return new RiskEstimate(likelihood, impact, null, null);
    }

    public boolean residualAssessed() {
        return residualLikelihood != null;
    }

    Optional<RiskRating> residualOn(RiskMatrix matrix) {
        return residualAssessed()
                ? Optional.of(RiskRating.on(matrix, ScoreType.RESIDUAL, residualLikelihood, residualImpact))
                : Optional.empty();
    }
}
