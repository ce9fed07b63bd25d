package io.aegis.application.audit.port.in;

import io.aegis.application.port.SortField;

public enum AuditLogSortField implements SortField {
    ID("id"),
    CREATED_AT("created_at");

    private final String key;

    AuditLogSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
