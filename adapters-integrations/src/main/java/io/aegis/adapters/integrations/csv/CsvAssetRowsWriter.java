package io.aegis.adapters.integrations.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.out.AssetRowsWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;

/** Writes assets as {@link AssetCsv}: every column, formulas neutralised, UTF-8 without a byte-order mark. */
public final class CsvAssetRowsWriter implements AssetRowsWriter {

    @Override
    public void write(List<AssetView> assets, OutputStream out) {
        try {
            // not closed: the stream is the caller's
            CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), AssetCsv.FORMAT);
            printer.printRecord(AssetCsv.COLUMNS);
            for (AssetView asset : assets) {
                printer.printRecord(cells(asset));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(AssetView v) {
        return Stream.of(v.id(), v.name(), v.description(), v.assetType(), v.criticality(), v.categoryId(),
                        v.ownerId(), v.ipAddress(), v.hostname(), v.operatingSystem(), v.version(), v.location(),
                        v.environment(), v.businessUnit(), v.costCenter(), json(v.complianceScope()), v.status(),
                        v.purchaseDate(), v.warrantyExpiry(), v.lastScanDate(), json(v.tags()),
                        json(v.customFields()), v.active(), v.createdAt(), v.updatedAt(), v.createdBy(),
                        v.orgUnitId())
                .map(value -> value == null ? "" : AssetCsv.escape(value.toString()))
                .toList();
    }

    private static String json(Object value) {
        try {
            return AssetCsv.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists and flat objects of scalars always render", e);
        }
    }
}
