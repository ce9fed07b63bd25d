package io.aegis.application.asset.port.in;

import io.aegis.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

/**
 * What an import does with a row that matches a stored asset: by its {@code id}, or else by its name and asset type
 * among the assets the actor reads.
 */
public enum ImportMode {
    /** Every row is a new asset; a row matching a stored one is refused ({@code duplicate_asset}). */
    CREATE,
    /** A row matching a stored asset updates the columns the file holds; any other row is a new asset. */
    UPSERT;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidValueException naming {@code mode} */
    public static ImportMode fromKey(String key) {
        return Arrays.stream(values()).filter(mode -> mode.key().equals(key)).findFirst()
                .orElseThrow(() -> new InvalidValueException("mode", "must be create or upsert"));
    }
}
