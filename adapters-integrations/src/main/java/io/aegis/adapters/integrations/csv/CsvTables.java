package io.aegis.adapters.integrations.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;

/**
 * What every exported file shares: RFC 4180 ({@link AssetCsv#FORMAT}), UTF-8 without a byte-order mark, a header row,
 * absent values as empty cells, formulas neutralised ({@link AssetCsv#escape}) and JSON values as JSON text.
 */
final class CsvTables {

    private CsvTables() {
    }

    /** Writes the header and one row per entry of {@code rows}, then flushes; {@code out} stays open (the caller's). */
    static void write(OutputStream out, List<String> header, Stream<List<Object>> rows) {
        try {
            CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), AssetCsv.FORMAT);
            printer.printRecord(header);
            for (List<Object> row : (Iterable<List<Object>>) rows::iterator) {
                printer.printRecord(row.stream().map(value -> value == null ? "" : AssetCsv.escape(value.toString()))
                        .toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list or a flat object of scalars as the JSON text of one cell. */
    static String json(Object value) {
        try {
            return AssetCsv.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists and flat objects of scalars always render", e);
        }
    }
}
