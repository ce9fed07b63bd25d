package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Optional;

/**
 * The levels an assessor chose, before a matrix rates them: the inherent pair once the risk is analysed (a risk may
 * be captured before, unscored), the residual pair once controls are assessed. A likelihood without its impact (or
 * the reverse) rates nothing, and a residual pair needs the inherent one it may not exceed.
 */
public record RiskEstimate(Integer inherentLikelihood, Integer inherentImpact, Integer residualLikelihood,
                           Integer residualImpact) {

    public RiskEstimate {
        requirePair("inherent", inherentLikelihood, inherentImpact);
        requirePair("residual", residualLikelihood, residualImpact);
        if (inherentLikelihood == null && residualLikelihood != null) {
            throw new InvalidValueException("residual_likelihood",
                    "needs inherent_likelihood and inherent_impact: a residual rating is measured against them");
        }
    }

    private static void requirePair(String type, Integer likelihood, Integer impact) {
        if (likelihood == null && impact != null) {
            throw new InvalidValueException(type + "_likelihood", "is required with " + type + "_impact");
        }
        if (likelihood != null && impact == null) {
            throw new InvalidValueException(type + "_impact", "is required with " + type + "_likelihood");
        }
    }

    public static RiskEstimate inherent(int likelihood, int impact) {
        return new RiskEstimate(likelihood, impact, null, null);
    }

    /** A risk captured before anyone analysed it. */
    public static RiskEstimate unscored() {
        return new RiskEstimate(null, null, null, null);
    }

    public boolean inherentAssessed() {
        return inherentLikelihood != null;
    }

    public boolean residualAssessed() {
        return residualLikelihood != null;
    }

    Optional<RiskRating> inherentOn(RiskMatrix matrix) {
        return inherentAssessed()
                ? Optional.of(RiskRating.on(matrix, ScoreType.INHERENT, inherentLikelihood, inherentImpact))
                : Optional.empty();
    }

    Optional<RiskRating> residualOn(RiskMatrix matrix) {
        return residualAssessed()
                ? Optional.of(RiskRating.on(matrix, ScoreType.RESIDUAL, residualLikelihood, residualImpact))
                : Optional.empty();
    }
}
