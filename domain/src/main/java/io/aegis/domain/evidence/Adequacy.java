package io.aegis.domain.evidence;

import io.aegis.domain.shared.Keys;

/** Whether a piece of evidence is enough to show what it is linked to. */
public enum Adequacy {
    ADEQUATE("adequate"),
    PARTIALLY_ADEQUATE("partially_adequate"),
    INADEQUATE("inadequate");

    private final String key;

    Adequacy(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static Adequacy parse(String field, String key) {
        return Keys.parse(field, key, values(), Adequacy::key);
    }
}
