package io.aegis.domain.asset;

import io.aegis.domain.shared.Keys;

/**
 * What kind of thing an asset is. The key is what the API and the {@code asset_type} column hold (the column's
 * check constraint lists the same keys); it never changes once released.
 */
public enum AssetType {
    SERVER("server"),
    WORKSTATION("workstation"),
    NETWORK_DEVICE("network_device"),
    APPLICATION("application"),
    DATABASE("database"),
    CLOUD_SERVICE("cloud_service"),
    MOBILE_DEVICE("mobile_device"),
    IOT_DEVICE("iot_device"),
    OTHER("other");

    private final String key;

    AssetType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Exact, case-sensitive match: the column's check compares bytes, so "Server" would not store. */
    public static AssetType fromKey(String key) {
        return Keys.parse("asset_type", key, values(), AssetType::key);
    }
}
