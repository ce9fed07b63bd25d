package io.aegis.domain.asset;

import io.aegis.domain.shared.InvalidValueException;

public record AssetRelationshipId(long value) {

    public AssetRelationshipId {
        if (value <= 0) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
