package io.aegis.application.asset.port.in;

import java.util.List;

/**
 * @param allOrNothing store nothing at all when any row is refused
 */
public record ImportAssetsCommand(List<AssetImportRow> rows, boolean allOrNothing) {

    /** The most data rows one import may hold; larger inventories are imported in several files. */
    public static final int MAX_ROWS = 10_000;

    public ImportAssetsCommand {
        rows = List.copyOf(rows);
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("at most " + MAX_ROWS + " rows; the adapter must refuse more");
        }
    }
}
