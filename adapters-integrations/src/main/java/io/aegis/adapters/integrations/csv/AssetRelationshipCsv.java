package io.aegis.adapters.integrations.csv;

import java.util.List;

/**
 * The CSV form of asset relationships, read "source relationship_type target", shared by its reader and writer
 * (cells as {@link CsvRecords} writes them). Each end is named by id ({@code source_asset_id}) and by name and asset
 * type ({@code source_name}, {@code source_asset_type}): export writes both, import takes the id when the cell
 * holds one and the name and type otherwise, so that a file whose ids are blanked names the same assets in another
 * installation. {@code is_critical_dependency} is {@code true}, {@code false} or empty (false).
 */
final class AssetRelationshipCsv {

    static final List<String> COLUMNS = List.of("source_asset_id", "source_name", "source_asset_type",
            "relationship_type", "target_asset_id", "target_name", "target_asset_type", "is_critical_dependency",
            "description");
    static final List<String> REQUIRED = List.of("relationship_type");

    private AssetRelationshipCsv() {
    }
}
