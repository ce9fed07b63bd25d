package io.aegis.domain.evidence;

import io.aegis.domain.shared.Keys;

/**
 * What the last check of a stored file against its recorded SHA-256 found: not checked since the upload,
 * matching, or changed behind Aegis's back.
 */
public enum IntegrityStatus {
    UNVERIFIED("unverified"),
    INTACT("intact"),
    FAILED("failed");

    private final String key;

    IntegrityStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static IntegrityStatus parse(String field, String key) {
        return Keys.parse(field, key, values(), IntegrityStatus::key);
    }
}
