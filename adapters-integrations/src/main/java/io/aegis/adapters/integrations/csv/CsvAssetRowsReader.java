package io.aegis.adapters.integrations.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.application.asset.port.in.AssetImportRow.NamedReferences;
import io.aegis.application.asset.port.in.AssetProfileFields;
import io.aegis.application.asset.port.in.ImportProblem;
import io.aegis.application.asset.port.out.AssetRowsReader;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.CanonicalIds;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.WellFormedText;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
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
        List<String> known = new ArrayList<>(AssetCsv.COLUMNS);
        known.addAll(AssetCsv.NAMED_REFERENCES);
        CsvRecords.read(file, maxRows, known, List.of("name", "asset_type"),
                (number, header, record) -> sink.accept(row(number, header, record)));
    }

    private static AssetImportRow row(int number, List<String> header, CSVRecord record) {
        List<ImportProblem> miscounted = CsvRecords.cellCount(header, record);
        if (!miscounted.isEmpty()) {
            return AssetImportRow.invalid(number, miscounted);
        }
        Map<String, Object> values = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        Optional<Boolean> active = Optional.empty();
        Optional<OrgUnitId> unit = Optional.empty();
        Optional<AssetId> asset = Optional.empty();
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String cell = CsvRecords.unescape(record.get(i));
            if (column.equals("is_active")) {
                active = cell.isEmpty() ? Optional.empty() : Optional.of(cell.equals("true"));
                if (!cell.isEmpty() && !cell.equals("true") && !cell.equals("false")) {
                    problems.add(new ImportProblem(column, "must be true, false or empty"));
                }
            } else if (column.equals(ORG_UNIT)) {
                unit = id(column, cell, "an organisational unit", problems).map(OrgUnitId::new);
            } else if (column.equals("id")) {
                asset = id(column, cell, "an asset", problems).map(AssetId::new);
            } else if (AssetCsv.NAMED_REFERENCES.contains(column)) {
                if (!cell.isBlank()) {
                    named.put(column, cell);
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
        return problems.isEmpty() ? AssetImportRow.valid(number, profile, values, active, unit,
                new NamedReferences(asset, Optional.ofNullable(named.get("category")),
                        Optional.ofNullable(named.get("owner"))))
                : AssetImportRow.invalid(number, problems);
    }

    /** An id cell: empty for none; any spelling but {@link CanonicalIds}' is a problem of the row. */
    private static Optional<Long> id(String column, String cell, String what, List<ImportProblem> problems) {
        OptionalLong id = CanonicalIds.parse(cell);
        if (!cell.isEmpty() && id.isEmpty()) {
            problems.add(new ImportProblem(column, "must be the id of " + what + " or empty"));
        }
        return id.isPresent() ? Optional.of(id.getAsLong()) : Optional.empty();
    }

    /** A cell as the value the API would take for its column; an empty cell is null. */
    private static Object value(String column, String cell) throws JsonProcessingException {
        if (cell.isEmpty()) {
            return null;
        }
        if (AssetProfileFields.isJson(column)) {
            Object value = CsvRecords.JSON.readValue(cell, Object.class);
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
