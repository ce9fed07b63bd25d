package io.aegis.adapters.integrations.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.application.asset.port.in.AssetProfileFields;
import io.aegis.application.asset.port.in.ImportProblem;
import io.aegis.application.asset.port.in.UnreadableImportException;
import io.aegis.application.asset.port.out.AssetRowsReader;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.CanonicalIds;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.WellFormedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads {@link AssetCsv} one record at a time from the stream (UTF-8, an optional byte-order mark as spreadsheets
 * write it): a file is never held whole, only the record being parsed. Each cell becomes the value the API would
 * take for its column (ids as {@link CanonicalIds}, JSON text parsed), and {@link AssetProfileFields} checks the
 * row as a create would.
 */
public final class CsvAssetRowsReader implements AssetRowsReader {

    private static final String ORG_UNIT = "org_unit_id";

    @Override
    public void read(InputStream file, int maxRows, Consumer<AssetImportRow> sink) {
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(withoutByteOrderMark(file)).setFormat(AssetCsv.FORMAT).get();
        } catch (IOException e) {
            throw unreadable(e, "is not valid CSV (RFC 4180)");
        }
        try (parser) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new UnreadableImportException("is empty; the first row must name the columns");
            }
            List<String> header = header(records.next());
            int read = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (read == maxRows) {
                    throw new UnreadableImportException("holds more than " + maxRows
                            + " data rows; split it into several imports");
                }
                read++;
                // the header is row 1, as a spreadsheet numbers it
                sink.accept(row(read + 1, header, record));
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

    private static List<String> header(CSVRecord record) {
        List<String> header = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (String raw : record) {
            String column = raw.strip();
            if (!AssetCsv.COLUMNS.contains(column)) {
                problems.add(new ImportProblem(column, "is not a column of assets; known: "
                        + String.join(", ", AssetCsv.COLUMNS)));
            } else if (header.contains(column)) {
                problems.add(new ImportProblem(column, "is named twice in the header"));
            }
            header.add(column);
        }
        for (String required : List.of("name", "asset_type")) {
            if (!header.contains(required)) {
                problems.add(new ImportProblem(required, "is a required column"));
            }
        }
        if (!problems.isEmpty()) {
            throw new UnreadableImportException("the CSV header is invalid", problems);
        }
        return header;
    }

    private static AssetImportRow row(int number, List<String> header, CSVRecord record) {
        if (record.size() != header.size()) {
            return AssetImportRow.invalid(number, List.of(new ImportProblem("row",
                    "has " + record.size() + " cells; the header names " + header.size())));
        }
        Map<String, Object> values = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        boolean active = true;
        Optional<OrgUnitId> unit = Optional.empty();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String cell = AssetCsv.unescape(record.get(i));
            if (column.equals("is_active")) {
                active = !cell.equals("false");
                if (!cell.isEmpty() && !cell.equals("true") && !cell.equals("false")) {
                    problems.add(new ImportProblem(column, "must be true, false or empty"));
                }
            } else if (column.equals(ORG_UNIT)) {
                OptionalLong id = CanonicalIds.parse(cell);
                unit = id.isPresent() ? Optional.of(new OrgUnitId(id.getAsLong())) : Optional.empty();
                if (!cell.isEmpty() && id.isEmpty()) {
                    problems.add(new ImportProblem(column, "must be the id of an organisational unit or empty"));
                }
            } else if (!AssetCsv.ASSIGNED_BY_AEGIS.contains(column)) {
                try {
                    values.put(column, value(column, cell));
                } catch (JsonProcessingException e) {
                    problems.add(new ImportProblem(column, "must be JSON text"));
                } catch (InvalidValueException e) {
                    problems.add(new ImportProblem(e.field(), e.getMessage()));
                }
            }
        }
        List<InvalidValueException> refused = new ArrayList<>();
        AssetProfile profile = AssetProfileFields.create(values, refused);
        refused.forEach(e -> problems.add(new ImportProblem(e.field(), e.getMessage())));
        return problems.isEmpty() ? AssetImportRow.valid(number, profile, active, unit)
                : AssetImportRow.invalid(number, problems);
    }

    /** A cell as the value the API would take for its column; an empty cell is null. */
    private static Object value(String column, String cell) throws JsonProcessingException {
        if (cell.isEmpty()) {
            return null;
        }
        if (AssetProfileFields.isJson(column)) {
            Object value = AssetCsv.JSON.readValue(cell, Object.class);
            WellFormedText.require(column, value);
            return value;
        }
        if (AssetProfileFields.isId(column)) {
            // an id in any other spelling stays text, which the column refuses
            OptionalLong id = CanonicalIds.parse(cell);
            return id.isPresent() ? (Object) id.getAsLong() : cell;
        }
        return cell;
    }
}
