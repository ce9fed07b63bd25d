package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;

public record RiskId(long value) {

    public RiskId {
        if (value <= 0) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
