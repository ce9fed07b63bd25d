package io.aegis.domain.evidence;

import io.aegis.domain.shared.Keys;

/**
 * How a piece of evidence supports a control: it shows the control working, backs up other evidence, or
 * shows a compensating measure.
 */
public enum SupportType {
    PRIMARY("primary"),
    SUPPORTING("supporting"),
    COMPENSATING("compensating");

    private final String key;

    SupportType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static SupportType parse(String field, String key) {
        return Keys.parse(field, key, values(), SupportType::key);
    }
}
