package io.aegis.domain.evidence;

import io.aegis.domain.shared.Keys;

/**
 * How widely a piece of evidence may be read: restricted evidence only by its uploader and holders of
 * {@code evidence:restricted} ({@link EvidenceAccess}).
 */
public enum Sensitivity {
    PUBLIC("public"),
    INTERNAL("internal"),
    CONFIDENTIAL("confidential"),
    RESTRICTED("restricted");

    private final String key;

    Sensitivity(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static Sensitivity parse(String field, String key) {
        return Keys.parse(field, key, values(), Sensitivity::key);
    }
}
