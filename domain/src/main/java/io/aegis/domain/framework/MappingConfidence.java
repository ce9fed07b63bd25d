package io.aegis.domain.framework;

import io.aegis.domain.shared.Keys;

/** How sure whoever mapped two controls is of the relationship; the key is the {@code confidence_level} column's. */
public enum MappingConfidence {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String key;

    MappingConfidence(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static MappingConfidence fromKey(String key) {
        return Keys.parse("confidence_level", key, values(), MappingConfidence::key);
    }

    /** A path is as sure as its least sure mapping. */
    public MappingConfidence weakest(MappingConfidence other) {
        return compareTo(other) <= 0 ? this : other;
    }
}
