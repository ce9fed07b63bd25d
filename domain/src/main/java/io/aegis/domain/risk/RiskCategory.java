package io.aegis.domain.risk;

import io.aegis.domain.shared.Keys;
/** The kind of a risk: the values the schema's {@code chk_risk_category_valid} allows. */
public enum RiskCategory {
    OPERATIONAL("operational"),
    TECHNICAL("technical"),
    STRATEGIC("strategic"),
    COMPLIANCE("compliance"),
    FINANCIAL("financial"),
    REPUTATIONAL("reputational");

    private final String key;

    RiskCategory(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** @throws io.aegis.domain.shared.InvalidValueException naming {@code field} for an unknown key */
    public static RiskCategory parse(String field, String key) {
        return Keys.parse(field, key, values(), RiskCategory::key);
    }
}
