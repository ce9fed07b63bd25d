package io.aegis.application.asset.port.out;

import io.aegis.application.asset.port.in.AssetView;
import java.io.OutputStream;
import java.util.List;

/** A file format of exported assets (CSV today), which the matching {@link AssetRowsReader} reads back as it was. */
public interface AssetRowsWriter {

    /** Writes every asset to {@code out} and flushes it; closing {@code out} is the caller's. */
    void write(List<AssetView> assets, OutputStream out);
}
