package io.aegis.application.evidence.port.in;

import io.aegis.application.port.SortField;

public enum EvidenceSortField implements SortField {
    ID("id"),
    TITLE("title"),
    FILE_SIZE("file_size"),
    RETENTION_DATE("retention_date"),
    CREATED_AT("created_at");

    private final String key;

    EvidenceSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
