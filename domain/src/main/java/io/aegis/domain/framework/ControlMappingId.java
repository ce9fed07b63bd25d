package io.aegis.domain.framework;

import io.aegis.domain.shared.InvalidValueException;

public record ControlMappingId(long value) {

    public ControlMappingId {
        if (value <= 0) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
