package io.aegis.domain.assessment;

import io.aegis.domain.shared.InvalidValueException;

/** A control's process maturity, 1 (initial) to 5 (optimised), as in CMMI; recorded, not scored. */
public record MaturityLevel(int value) {

    public static final int MIN = 1;
    public static final int MAX = 5;

    public MaturityLevel {
        if (value < MIN || value > MAX) {
            throw new InvalidValueException("maturity_level", "must be between " + MIN + " and " + MAX);
        }
    }
}
