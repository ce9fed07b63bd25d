package io.aegis.application.asset.port.in;

import java.io.InputStream;
import java.util.Objects;

/**
 * @param file         the import file (CSV), read once as a stream; closing it is the caller's
 * @param allOrNothing store nothing at all when any row is refused
 */
public record ImportAssetRelationshipsCommand(InputStream file, boolean allOrNothing) {

    /** The most data rows one import may hold. */
    public static final int MAX_ROWS = 10_000;

    public ImportAssetRelationshipsCommand {
        Objects.requireNonNull(file, "file");
    }
}
