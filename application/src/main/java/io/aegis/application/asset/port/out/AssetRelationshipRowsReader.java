package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.AssetRelationshipImportRow;
import java.io.InputStream;
import java.util.function.Consumer;

/** A file format of asset relationships to import (CSV today), read as a stream: one row is parsed at a time. */
public interface AssetRelationshipRowsReader {

    /**
     * Hands each data row of {@code file} to {@code sink} as soon as it is read.
     *
     * @throws io.aegis.application.asset.port.in.UnreadableImportException when the file is not of the format, its
     *         header is unusable, or it holds more than {@code maxRows} data rows
     */
    void read(InputStream file, int maxRows, Consumer<AssetRelationshipImportRow> sink);
}
