package io.aegis.application.asset.port.in;

import java.io.InputStream;
import java.util.Objects;

/**
 * @param file         the import file (CSV), read once as a stream; closing it is the caller's
 * @param allOrNothing store nothing at all when any row is refused
 * @param mode         whether a row matching a stored asset is refused or updates it
 */
public record ImportAssetsCommand(InputStream file, boolean allOrNothing, ImportMode mode) {

    /** The most data rows one import may hold; larger inventories are imported in several files. */
    public static final int MAX_ROWS = 10_000;

    public ImportAssetsCommand {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mode, "mode");
    }
}
