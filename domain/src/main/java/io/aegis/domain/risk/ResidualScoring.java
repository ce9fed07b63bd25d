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
}
