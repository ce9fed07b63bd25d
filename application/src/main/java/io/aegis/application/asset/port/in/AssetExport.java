package io.aegis.application.asset.port.in;

import io.aegis.application.asset.port.out.AssetRowsWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * An export read and closed: the assets are in memory, the transaction is over, only the writing is left.
 *
 * @param assets every match, in the query's order
 * @param format the file format they are written in (CSV)
 */
public record AssetExport(List<AssetView> assets, AssetRowsWriter format) {

    public AssetExport {
        assets = List.copyOf(assets);
    }

    /** Writes the file to {@code out} and flushes it; closing {@code out} is the caller's. */
    public void writeTo(OutputStream out) {
        format.write(assets, out);
    }
}
