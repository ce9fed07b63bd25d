package io.aegis.domain.asset;

import io.aegis.domain.shared.Keys;

/**
 * How much the business suffers when an asset fails. Declared from least to most critical, so the natural
 * order of the constants compares criticalities. The key is what the API and the column hold.
 */
public enum Criticality {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    CRITICAL("critical");

    private final String key;

    Criticality(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Exact, case-sensitive match: the column's check compares bytes. */
    public static Criticality fromKey(String key) {
        return Keys.parse("criticality", key, values(), Criticality::key);
    }
}
