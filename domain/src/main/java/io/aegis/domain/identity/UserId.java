package io.aegis.domain.identity;

import io.aegis.domain.shared.InvalidValueException;

public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
