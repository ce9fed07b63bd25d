package io.aegis.domain.assessment;

import io.aegis.domain.shared.InvalidValueException;

public record AssessmentId(long value) {

    public AssessmentId {
        if (value <= 0) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
