package io.aegis.domain.risk;

import io.aegis.domain.shared.Keys;

/** Which factor of a risk's rating a treating control lowers: how likely the risk is, how much it costs, or both. */
public enum ControlReduction {
    LIKELIHOOD("likelihood"),
    IMPACT("impact"),
    BOTH("both");

    private final String key;

    ControlReduction(String key) {
        this.key = key;
    }

    /** What the schema stores and clients see; it never changes once released. */
    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static ControlReduction parse(String field, String key) {
        return Keys.parse(field, key, values(), ControlReduction::key);
    }
}
