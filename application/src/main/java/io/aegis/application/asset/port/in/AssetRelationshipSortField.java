package io.aegis.application.asset.port.in;

import io.aegis.application.port.SortField;

public enum AssetRelationshipSortField implements SortField {
    ID("id"),
    RELATIONSHIP_TYPE("relationship_type"),
    CREATED_AT("created_at");

    private final String key;

    AssetRelationshipSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
