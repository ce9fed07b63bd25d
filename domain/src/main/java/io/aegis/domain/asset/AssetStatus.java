package io.aegis.domain.asset;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

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
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst()
                .orElseThrow(() -> new InvalidValueException("status", "must be one of " + keys()));
    }

    private static String keys() {
        return Arrays.stream(values()).map(AssetStatus::key).collect(Collectors.joining(", "));
    }
}
