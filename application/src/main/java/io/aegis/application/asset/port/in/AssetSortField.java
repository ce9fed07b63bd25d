package io.aegis.application.asset.port.in;

import io.aegis.application.port.SortField;

/**
 * {@code criticality} sorts by severity (low before critical), not alphabetically. Assets without a category, owner
 * or creator come first in ascending order, as both databases order NULL.
 */
public enum AssetSortField implements SortField {
    ID("id"),
    NAME("name"),
    ASSET_TYPE("asset_type"),
    CRITICALITY("criticality"),
    STATUS("status"),
    CATEGORY_ID("category_id"),
    OWNER_ID("owner_id"),
    CREATED_BY("created_by"),
    CREATED_AT("created_at"),
    UPDATED_AT("updated_at");

    private final String key;

    AssetSortField(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
