package io.aegis.adapters.web.asset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.aegis.adapters.web.BadRequestException;
import io.aegis.adapters.web.FieldError;
import io.aegis.adapters.web.Json;
import io.aegis.adapters.web.request.PathIds;
import io.aegis.adapters.web.request.UnicodeText;
import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.in.ImportProblem;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.shared.InvalidValueException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV form of assets (RFC 4180, UTF-8, a header row naming columns of {@code assets}). Export writes every
 * column; import reads the editable ones plus {@code is_active}, and ignores the columns Aegis assigns itself
 * ({@code id}, {@code created_at}, {@code updated_at}, {@code created_by}), so an export re-imports as it is.
 * An empty cell is an absent value; JSON columns hold JSON text; dates are RFC 3339.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a cell starting with {@code = + - @}, a tab or a carriage
 * return would run as a formula in a spreadsheet, so export prefixes it with an apostrophe; an apostrophe that
 * starts a cell is doubled for the same reason. Import removes one leading apostrophe from every cell, so both
 * come back exactly as they were.
 */
final class AssetCsv {

    static final List<String> COLUMNS = List.of("id", "name", "description", "asset_type", "criticality",
            "category_id", "owner_id", "ip_address", "hostname", "operating_system", "version", "location",
            "environment", "business_unit", "cost_center", "compliance_scope", "status", "purchase_date",
            "warranty_expiry", "last_scan_date", "tags", "custom_fields", "is_active", "created_at", "updated_at",
            "created_by");
    private static final Set<String> ASSIGNED_BY_AEGIS = Set.of("id", "created_at", "updated_at", "created_by");
    private static final Pattern NEEDS_ESCAPE = Pattern.compile("^[=+\\-@\t\r'].*", Pattern.DOTALL);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private AssetCsv() {
    }

    /**
     * The data rows of {@code csv}, each checked as a create would be.
     *
     * @throws BadRequestException for a missing or unusable header, or more than {@code maxRows} data rows
     */
    static List<AssetImportRow> read(Reader csv, int maxRows) {
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(csv).setFormat(FORMAT).get();
        } catch (IOException e) {
            throw BadRequestException.forField("file", "is not valid CSV (RFC 4180)");
        }
        try (parser) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw BadRequestException.forField("file", "is empty; the first row must name the columns");
            }
            List<String> header = header(records.next());
            List<AssetImportRow> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (rows.size() == maxRows) {
                    throw BadRequestException.forField("file", "holds more than " + maxRows
                            + " data rows; split it into several imports");
                }
                // the header is row 1, as a spreadsheet numbers it
                rows.add(row(rows.size() + 2, header, record));
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            // the parser's message names Java classes; the line it stopped at is what the author needs
            throw BadRequestException.forField("file", "is not valid CSV (RFC 4180) at line "
                    + parser.getCurrentLineNumber());
        }
    }

    /** Writes the header, then {@link #row} for each asset the caller hands over. */
    static CSVPrinter printer(Writer out) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(COLUMNS);
            return printer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void print(CSVPrinter printer, AssetView v) {
        try {
            printer.printRecord(Stream.of(v.id(), v.name(), v.description(), v.assetType(), v.criticality(),
                            v.categoryId(), v.ownerId(), v.ipAddress(), v.hostname(), v.operatingSystem(), v.version(),
                            v.location(), v.environment(), v.businessUnit(), v.costCenter(), json(v.complianceScope()),
                            v.status(), v.purchaseDate(), v.warrantyExpiry(), v.lastScanDate(), json(v.tags()),
                            json(v.customFields()), v.active(), v.createdAt(), v.updatedAt(), v.createdBy())
                    .map(AssetCsv::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(CSVRecord record) {
        List<String> header = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (String raw : record) {
            String column = raw.strip();
            if (!COLUMNS.contains(column)) {
                errors.add(new FieldError(column, "is not a column of assets; known: " + String.join(", ", COLUMNS)));
            } else if (header.contains(column)) {
                errors.add(new FieldError(column, "is named twice in the header"));
            }
            header.add(column);
        }
        for (String required : List.of("name", "asset_type")) {
            if (!header.contains(required)) {
                errors.add(new FieldError(required, "is a required column"));
            }
        }
        if (!errors.isEmpty()) {
            throw new BadRequestException("the CSV header is invalid", errors);
        }
        return header;
    }

    private static AssetImportRow row(int number, List<String> header, CSVRecord record) {
        if (record.size() != header.size()) {
            return AssetImportRow.invalid(number, List.of(new ImportProblem("row",
                    "has " + record.size() + " cells; the header names " + header.size())));
        }
        Map<String, JsonNode> values = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        boolean active = true;
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String cell = unescape(record.get(i));
            if (column.equals("is_active")) {
                active = !cell.equals("false");
                if (!cell.isEmpty() && !cell.equals("true") && !cell.equals("false")) {
                    problems.add(new ImportProblem(column, "must be true, false or empty"));
                }
            } else if (!ASSIGNED_BY_AEGIS.contains(column)) {
                try {
                    values.put(column, value(column, cell));
                } catch (JsonProcessingException e) {
                    problems.add(new ImportProblem(column, "must be JSON text"));
                } catch (InvalidValueException e) {
                    problems.add(new ImportProblem(e.field(), e.getMessage()));
                }
            }
        }
        List<FieldError> errors = new ArrayList<>();
        AssetProfile profile = AssetFields.create(values, errors);
        errors.forEach(error -> problems.add(new ImportProblem(error.field(), error.message())));
        return problems.isEmpty() ? AssetImportRow.valid(number, profile, active)
                : AssetImportRow.invalid(number, problems);
    }

    /** A cell as the JSON value the API would take for its column; an empty cell is null. */
    private static JsonNode value(String column, String cell) throws JsonProcessingException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (cell.isEmpty()) {
            return nodes.nullNode();
        }
        if (AssetFields.isJson(column)) {
            JsonNode value = Json.mapper().readTree(cell);
            UnicodeText.requireWellFormed(column, value);
            return value;
        }
        if (AssetFields.isId(column)) {
            // an id in any other spelling stays text, which the column refuses
            OptionalLong id = PathIds.parse(cell);
            return id.isPresent() ? nodes.numberNode(id.getAsLong()) : nodes.textNode(cell);
        }
        return nodes.textNode(cell);
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("lists and flat objects of scalars always render", e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return NEEDS_ESCAPE.matcher(text).matches() ? "'" + text : text;
    }

    private static String unescape(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
