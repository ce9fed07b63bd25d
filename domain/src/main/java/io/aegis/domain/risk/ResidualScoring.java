package io.aegis.domain.risk;

import io.aegis.domain.shared.RuleViolationException;

/**
 * Residual risk is what remains after controls; controls cannot make a risk worse, so a residual score above
 * the inherent one is a mistake in the assessment, not a finding.
 */
public final class ResidualScoring {

    private ResidualScoring() {
    }

    /** @throws RuleViolationException ({@code residual_above_inherent}) when the residual score is higher */
    public static void requireNotAbove(RiskScore inherent, RiskScore residual) {
        if (residual.isAbove(inherent)) {
            throw new RuleViolationException("residual_above_inherent", "the residual score " + residual.value()
                    + " is above the inherent score " + inherent.value() + "; controls cannot raise a risk");
        }
    }

    /**
     * A re-rating of the inherent pair alone keeps the residual rating as it was assessed; one the new inherent
     * rating no longer covers is named, so the assessor re-rates or clears it in the same request.
     *
     * @throws RuleViolationException ({@code residual_above_inherent}) when the kept residual score is higher
     */
    public static void requireKeptNotAbove(RiskScore inherent, RiskRating kept) {
        if (kept.score().isAbove(inherent)) {
            throw new RuleViolationException("residual_above_inherent", "the kept residual rating (likelihood "
                    + kept.likelihood().value() + " x impact " + kept.impact().value() + ", score "
                    + kept.score().value() + ") is above the new inherent score " + inherent.value()
                    + "; send residual_likelihood and residual_impact to re-rate it, or both as null to clear it");
        }
    }
}
