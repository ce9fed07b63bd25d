package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;

/** A score read from a matrix together with the level its bands give it. */
public record RiskScore(double value, RiskLevel level) {

    public RiskScore {
        if (!Double.isFinite(value) || value <= 0) {
            throw new InvalidValueException("risk_score", "must be a positive number");
        }
        if (level == null) {
            throw new InvalidValueException("risk_level", "is required");
        }
    }

    public boolean isAbove(RiskScore other) {
        return value > other.value;
    }
}
