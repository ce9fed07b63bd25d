package io.aegis.adapters.integrations.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.aegis.application.asset.port.in.ImportProblem;
import io.aegis.application.asset.port.in.UnreadableImportException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * What the CSV files of this package share. Reading: records one at a time from the stream (UTF-8, an optional
 * byte-order mark as spreadsheets write it; a file is never held whole), a header of known columns, and rows
 * numbered as a spreadsheet numbers them. Writing: UTF-8 without a byte-order mark, a header row, absent values as
 * empty cells, formulas neutralised ({@link #escape}) and JSON values as JSON text ({@link #json}).
 */
final class CsvRecords {

    private static final Pattern NEEDS_ESCAPE = Pattern.compile("^[=+\\-@\t\r'].*", Pattern.DOTALL);

    /** RFC 4180, records ended by CRLF. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    /** JSON cells: one value per cell, nothing after it. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Turns one data record into the reader's row. */
    interface RowReader {
        /** @param number the row's number, the header being row 1 */
        void read(int number, List<String> header, CSVRecord record);
    }

    private CsvRecords() {
    }

    /**
     * Reads the header (each column one of {@code known}, once, every one of {@code required} present), then hands
     * each data record to {@code rows}.
     *
     * @throws UnreadableImportException when the file is not CSV, its header is unusable, or it holds more than
     *                                    {@code maxRows} data rows (found before row maxRows + 1 is handed over)
     */
    static void read(InputStream file, int maxRows, List<String> known, List<String> required, RowReader rows) {
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(withoutByteOrderMark(file)).setFormat(FORMAT).get();
        } catch (IOException e) {
            throw unreadable(e, "is not valid CSV (RFC 4180)");
        }
        try (parser) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new UnreadableImportException("is empty; the first row must name the columns");
            }
            List<String> header = header(records.next(), known, required);
            int read = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (read == maxRows) {
                    throw new UnreadableImportException("holds more than " + maxRows
                            + " data rows; split it into several imports");
                }
                read++;
                // the header is row 1, as a spreadsheet numbers it
                rows.read(read + 1, header, record);
            }
        } catch (IOException | UncheckedIOException e) {
            // the parser's message names Java classes; the line it stopped at is what the author needs
            throw unreadable(e, "is not valid CSV (RFC 4180) at line " + parser.getCurrentLineNumber());
        }
    }

    /** Decodes strictly: a byte that is not UTF-8 fails the read instead of becoming U+FFFD. */
    private static Reader withoutByteOrderMark(InputStream file) throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
        return text;
    }

    private static UnreadableImportException unreadable(Exception e, String message) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        return new UnreadableImportException(cause instanceof CharacterCodingException ? "must be UTF-8 text" : message);
    }

    private static List<String> header(CSVRecord record, List<String> known, List<String> required) {
        List<String> header = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (String raw : record) {
            String column = raw.strip();
            if (!known.contains(column)) {
                problems.add(new ImportProblem(column, "is not a known column; known: " + String.join(", ", known)));
            } else if (header.contains(column)) {
                problems.add(new ImportProblem(column, "is named twice in the header"));
            }
            header.add(column);
        }
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(new ImportProblem(column, "is a required column"));
            }
        }
        if (!problems.isEmpty()) {
            throw new UnreadableImportException("the CSV header is invalid", problems);
        }
        return header;
    }

    /**
     * A cell a spreadsheet would run as a formula (OWASP "CSV Injection": starting with {@code = + - @}, a tab or a
     * carriage return) is written with a leading apostrophe, and so is one that starts with an apostrophe.
     */
    static String escape(String text) {
        return NEEDS_ESCAPE.matcher(text).matches() ? "'" + text : text;
    }

    /** Import removes one leading apostrophe from every cell, so that escaped cells come back as they were. */
    static String unescape(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }

    /**
     * Writes the header and one record per row to {@code out} (UTF-8, no byte-order mark) and flushes it; closing
     * {@code out} is the caller's.
     */
    static <T> void write(OutputStream out, List<String> header, List<T> rows, Function<T, List<String>> cells) {
        try {
            CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), FORMAT);
            printer.printRecord(header);
            for (T row : rows) {
                printer.printRecord(cells.apply(row));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values as cells: null is empty, the others their text, escaped. */
    static List<String> cells(Object... values) {
        return Stream.of(values).map(value -> value == null ? "" : escape(value.toString())).toList();
    }

    /** A list or a flat object of scalars as the JSON text of one cell. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists and flat objects of scalars always render", e);
        }
    }

    /** A row whose cell count differs from the header's: one problem, the whole row. */
    static List<ImportProblem> cellCount(List<String> header, CSVRecord record) {
        return record.size() == header.size() ? List.of() : List.of(new ImportProblem("row",
                "has " + record.size() + " cells; the header names " + header.size()));
    }
}
