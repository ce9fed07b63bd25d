package io.aegis.domain.framework;

import io.aegis.domain.shared.InvalidValueException;

/**
 * How strongly a relationship holds, 1 (barely) to 10 (completely), NIST IR 8477's optional "strength of
 * relationship": two controls may intersect in a corner or almost entirely.
 */
public record MappingStrength(int value) {

    public static final int MIN = 1;
    public static final int MAX = 10;

    public MappingStrength {
        if (value < MIN || value > MAX) {
            throw new InvalidValueException("strength", "must be between " + MIN + " and " + MAX);
        }
    }

    /** A path holds as strongly as its weakest mapping. */
    public MappingStrength weakest(MappingStrength other) {
        return value <= other.value ? this : other;
    }
}
