package io.aegis.application.risk.port.in;

import io.aegis.application.port.SortField;

/** What the risk register sorts by; {@code risk_level} sorts by severity, not by name. */
public enum RiskSortField implements SortField {
    ID("id"),
    TITLE("title"),
    CATEGORY("category"),
    STATUS("status"),
    ASSET_ID("asset_id"),
    OWNER_ID("owner_id"),
    RISK_MATRIX_ID("risk_matrix_id"),
    CREATED_BY("created_by"),
    RISK_LEVEL("risk_level"),
    INHERENT_RISK_SCORE("inherent_risk_score"),
    RESIDUAL_RISK_SCORE("residual_risk_score"),
    IDENTIFIED_DATE("identified_date"),
    NEXT_REVIEW_DATE("next_review_date"),
    CREATED_AT("created_at"),
    UPDATED_AT("updated_at");

    private final String key;

    RiskSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
