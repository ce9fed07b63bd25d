package io.aegis.domain.risk;

import io.aegis.domain.shared.Keys;
import java.util.Arrays;
import java.util.Optional;

/**
 * How serious a risk is, in rising order: the declaration order is the severity order that bands follow.
 * The key is what the schema stores and clients see; it never changes once released.
 */
public enum RiskLevel {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    CRITICAL("critical");

    private final String key;

    RiskLevel(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<RiskLevel> fromKey(String key) {
        return Arrays.stream(values()).filter(level -> level.key.equals(key)).findFirst();
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static RiskLevel parse(String field, String key) {
        return Keys.parse(field, key, values(), RiskLevel::key);
    }
}
