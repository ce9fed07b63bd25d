package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;

/**
 * How probable a risk is, as a level of a matrix's likelihood axis. The record refuses what no matrix can
 * hold; {@link RiskMatrix#likelihood(int)} narrows it to the axis of one matrix.
 */
public record Likelihood(int value) {

    public Likelihood {
        if (value < 1 || value > MatrixAxis.MAX_LEVELS) {
            throw new InvalidValueException("likelihood", "must be between 1 and " + MatrixAxis.MAX_LEVELS);
        }
    }
}
