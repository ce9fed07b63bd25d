package io.aegis.domain.risk;

import io.aegis.domain.shared.InvalidValueException;

/** The id of a request to accept a risk. */
public record RiskAcceptanceId(long value) {

    public RiskAcceptanceId {
        if (value <= 0) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
