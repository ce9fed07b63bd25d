package io.aegis.domain.asset;

import io.aegis.domain.shared.Keys;

/**
 * Where an asset is in its life: ordered, bought or being built ({@code planned}), in service ({@code active}),
 * temporarily out of service ({@code maintenance}), out of service for good ({@code retired}), and gone, its
 * data destroyed ({@code disposed}). The seed leaves {@code status} free text with default 'active'; a closed set
 * keeps lists and reports groupable. Any state may follow any other: real inventories correct mistakes, so the
 * order is descriptive, not a state machine. Independent of {@code is_active}, which only says whether the record
 * was deleted from the inventory.
 */
public enum AssetStatus {
    PLANNED("planned"),
    ACTIVE("active"),
    MAINTENANCE("maintenance"),
    RETIRED("retired"),
    DISPOSED("disposed");

    private final String key;

    AssetStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Exact, case-sensitive match, like the other keys of the API. */
    public static AssetStatus fromKey(String key) {
        return Keys.parse("status", key, values(), AssetStatus::key);
    }
}
