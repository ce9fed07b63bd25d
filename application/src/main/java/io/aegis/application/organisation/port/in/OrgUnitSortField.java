package io.aegis.application.organisation.port.in;

import io.aegis.application.port.SortField;

public enum OrgUnitSortField implements SortField {
    ID("id"),
    NAME("name"),
    CREATED_AT("created_at"),
    UPDATED_AT("updated_at");

    private final String key;

    OrgUnitSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
