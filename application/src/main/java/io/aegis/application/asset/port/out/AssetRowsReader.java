package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.application.asset.port.in.UnreadableImportException;
import java.io.InputStream;
import java.util.function.Consumer;

/** A file format of asset rows to import (CSV today), read as a stream: one row is parsed at a time. */
public interface AssetRowsReader {

    /**
     * Hands each data row of {@code file} to {@code sink} as soon as it is read, each checked as a create would
     * check it ({@link io.aegis.application.asset.port.in.AssetProfileFields}).
     *
     * @throws UnreadableImportException when the file is not of the format, its header is unusable, or it holds
     *                                    more than {@code maxRows} data rows (found before row maxRows + 1 is
     *                                    handed over)
     */
    void read(InputStream file, int maxRows, Consumer<AssetImportRow> sink);
}
