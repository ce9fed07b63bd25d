package io.aegis.application.asset.port.in;

import io.aegis.domain.shared.Keys;

/** Which relationships of one asset to list: where it is the source, the target, or either. */
public enum RelationshipDirection {
    OUTGOING("outgoing"),
    INCOMING("incoming"),
    BOTH("both");

    private final String key;

    RelationshipDirection(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static RelationshipDirection fromKey(String key) {
        return Keys.parse("direction", key, values(), RelationshipDirection::key);
    }
}
