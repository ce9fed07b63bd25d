package io.aegis.application.framework.port.in;

import io.aegis.application.port.SortField;

public enum ControlMappingSortField implements SortField {
    ID("id"),
    CREATED_AT("created_at"),
    UPDATED_AT("updated_at"),
    MAPPING_TYPE("mapping_type");

    private final String key;

    ControlMappingSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
