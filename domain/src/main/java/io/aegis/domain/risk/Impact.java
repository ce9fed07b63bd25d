package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;

/**
 * How much harm a risk would do, as a level of a matrix's impact axis. The record refuses what no matrix can
 * hold; {@link RiskMatrix#impact(int)} narrows it to the axis of one matrix.
 */
public record Impact(int value) {

    public Impact {
        if (value < 1 || value > MatrixAxis.MAX_LEVELS) {
            throw new InvalidValueException("impact", "must be between 1 and " + MatrixAxis.MAX_LEVELS);
        }
    }
}
