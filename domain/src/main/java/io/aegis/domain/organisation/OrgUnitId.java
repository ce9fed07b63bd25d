package io.aegis.domain.organisation;

import io.aegis.domain.shared.InvalidValueException;

public record OrgUnitId(long value) {

    /** The root: the whole organisation, created with the schema and never moved or removed (V15 gives it id 1). */
    public static final OrgUnitId ROOT = new OrgUnitId(1);

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
