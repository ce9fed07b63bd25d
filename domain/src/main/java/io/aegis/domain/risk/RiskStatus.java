package io.aegis.domain.risk;

import io.aegis.domain.shared.Keys;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a risk stands in its lifecycle; {@link RiskLifecycle} says which moves are allowed. The key is what
 * the schema stores and clients see; it never changes once released.
 */
public enum RiskStatus {
    IDENTIFIED("identified"),
    ASSESSED("assessed"),
    MITIGATING("mitigating"),
    MONITORING("monitoring"),
    ACCEPTED("accepted"),
    CLOSED("closed");

    private final String key;

    RiskStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<RiskStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(status -> status.key.equals(key)).findFirst();
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static RiskStatus parse(String field, String key) {
        return Keys.parse(field, key, values(), RiskStatus::key);
    }
}
