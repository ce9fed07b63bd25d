package io.aegis.application.risk.port.in;

import io.aegis.domain.shared.Keys;

/** What someone holding {@code risk:accept} decides on a pending acceptance. */
public enum RiskAcceptanceDecision {
    APPROVE("approve"),
    REJECT("reject");

    private final String key;

    RiskAcceptanceDecision(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static RiskAcceptanceDecision parse(String field, String key) {
        return Keys.parse(field, key, values(), RiskAcceptanceDecision::key);
    }
}
