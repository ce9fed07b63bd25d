package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.AssetRelationshipFileRow;
import java.io.OutputStream;
import java.util.List;

/** A file format of exported relationships, which the matching {@link AssetRelationshipRowsReader} reads back. */
public interface AssetRelationshipRowsWriter {

    /** Writes every row to {@code out} and flushes it; closing {@code out} is the caller's. */
    void write(List<AssetRelationshipFileRow> rows, OutputStream out);
}
