package io.aegis.application.framework.port.in;

import io.aegis.application.port.SortField;

public enum FrameworkSortField implements SortField {
    ID("id"),
    NAME("name"),
    VERSION("version"),
    PUBLICATION_DATE("publication_date"),
    CREATED_AT("created_at"),
    UPDATED_AT("updated_at");

    private final String key;

    FrameworkSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
