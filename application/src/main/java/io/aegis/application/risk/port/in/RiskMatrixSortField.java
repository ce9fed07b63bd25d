package io.aegis.application.risk.port.in;

import io.aegis.application.port.SortField;

public enum RiskMatrixSortField implements SortField {
    ID("id"),
    NAME("name"),
    CREATED_AT("created_at"),
    UPDATED_AT("updated_at");

    private final String key;

    RiskMatrixSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
