package io.aegis.domain.asset;

import io.aegis.domain.shared.InvalidValueException;

/** The id of an asset. Ordered by value so that graph answers come out in a stable order. */
public record AssetId(long value) implements Comparable<AssetId> {

    public AssetId {
        if (value <= 0) {
            throw new InvalidValueException("id", "must be a positive integer");
        }
    }

    @Override
    public int compareTo(AssetId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
