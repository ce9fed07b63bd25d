package io.aegis.domain.evidence;

import io.aegis.domain.shared.InvalidValueException;

public record EvidenceId(long value) {

    public EvidenceId {
        if (value <= 0) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
