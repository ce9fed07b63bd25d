package io.aegis.application.asset.port.in;

import io.aegis.application.asset.port.out.AssetRelationshipRowsWriter;
import java.io.OutputStream;
import java.util.List;

/**
 * An export read and closed: the relationships are in memory, the transaction is over, only the writing is left.
 *
 * @param rows   every match, in the query's order
 * @param format the file format they are written in (CSV)
 */
public record AssetRelationshipExport(List<AssetRelationshipFileRow> rows, AssetRelationshipRowsWriter format) {

    public AssetRelationshipExport {
        rows = List.copyOf(rows);
    }

    /** Writes the file to {@code out} and flushes it; closing {@code out} is the caller's. */
    public void writeTo(OutputStream out) {
        format.write(rows, out);
    }
}
