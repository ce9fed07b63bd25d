package io.aegis.domain.organisation;

import io.aegis.domain.shared.InvalidValueException;

public record OrgUnitId(long value) {

    public OrgUnitId {
        if (value <= 0) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
