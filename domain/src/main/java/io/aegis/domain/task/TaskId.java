package io.aegis.domain.task;

import io.aegis.domain.shared.InvalidValueException;

public record TaskId(long value) {

    public TaskId {
        if (value <= 0) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
