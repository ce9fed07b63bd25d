package io.aegis.application.identity.port.in;

import io.aegis.application.port.SortField;

public enum ApiKeySortField implements SortField {
    NAME("name"),
    CREATED_AT("created_at");

    private final String key;

    ApiKeySortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
