package io.aegis.domain.asset;

import io.aegis.domain.shared.InvalidValueException;

public record AssetCategoryId(long value) {

    public AssetCategoryId {
        if (value <= 0) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
