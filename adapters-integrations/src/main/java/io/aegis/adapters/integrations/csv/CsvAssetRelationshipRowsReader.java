package io.aegis.adapters.integrations.csv;

import io.aegis.application.asset.port.in.AssetKey;
import io.aegis.application.asset.port.in.AssetRelationshipImportRow;
import io.aegis.application.asset.port.in.ImportProblem;
import io.aegis.application.asset.port.out.AssetRelationshipRowsReader;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.asset.AssetName;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.RelationshipType;
import io.aegis.domain.shared.CanonicalIds;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.InvalidValueException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVRecord;

/** Reads {@link AssetRelationshipCsv} one record at a time; each cell becomes the value the API takes for it. */
public final class CsvAssetRelationshipRowsReader implements AssetRelationshipRowsReader {

    @Override
    public void read(InputStream file, int maxRows, Consumer<AssetRelationshipImportRow> sink) {
        CsvRecords.read(file, maxRows, AssetRelationshipCsv.COLUMNS, AssetRelationshipCsv.REQUIRED,
                (number, header, record) -> sink.accept(row(number, header, record)));
    }

    private static AssetRelationshipImportRow row(int number, List<String> header, CSVRecord record) {
        List<ImportProblem> miscounted = CsvRecords.cellCount(header, record);
        if (!miscounted.isEmpty()) {
            return AssetRelationshipImportRow.invalid(number, miscounted);
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), CsvRecords.unescape(record.get(i)));
        }
        List<ImportProblem> problems = new ArrayList<>();
        AssetKey source = attempt(() -> end(cells, "source"), problems);
        AssetKey target = attempt(() -> end(cells, "target"), problems);
        RelationshipType type = attempt(() -> RelationshipType.fromKey(cells.get("relationship_type")), problems);
        Optional<Description> description = attempt(() -> Optional.ofNullable(cells.get("description"))
                .filter(text -> !text.isBlank()).map(Description::new), problems);
        String critical = cells.getOrDefault("is_critical_dependency", "");
        if (!critical.isEmpty() && !critical.equals("true") && !critical.equals("false")) {
            problems.add(new ImportProblem("is_critical_dependency", "must be true, false or empty"));
        }
        return problems.isEmpty()
                ? AssetRelationshipImportRow.valid(number, source, target, type, critical.equals("true"), description)
                : AssetRelationshipImportRow.invalid(number, problems);
    }

    /** An end by its id when the row holds one, else by its name and asset type. */
    private static AssetKey end(Map<String, String> cells, String end) {
        String id = cells.getOrDefault(end + "_asset_id", "");
        if (!id.isEmpty()) {
            OptionalLong parsed = CanonicalIds.parse(id);
            if (parsed.isEmpty()) {
                throw new InvalidValueException(end + "_asset_id", "must be the id of an asset or empty");
            }
            return AssetKey.byId(new AssetId(parsed.getAsLong()));
        }
        String name = cells.getOrDefault(end + "_name", "");
        String type = cells.getOrDefault(end + "_asset_type", "");
        if (name.isEmpty() || type.isEmpty()) {
            throw new InvalidValueException(end + "_asset_id", "name the " + end + " by " + end + "_asset_id, or by "
                    + end + "_name and " + end + "_asset_type");
        }
        try {
            return AssetKey.byName(new AssetName(name), AssetType.fromKey(type));
        } catch (InvalidValueException e) {
            throw new InvalidValueException(end + "_" + e.field(), e.getMessage());
        }
    }

    private static <T> T attempt(Supplier<T> value, List<ImportProblem> problems) {
        try {
            return value.get();
        } catch (InvalidValueException e) {
            problems.add(new ImportProblem(e.field(), e.getMessage()));
            return null;
        }
    }
}
