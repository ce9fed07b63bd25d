package io.aegis.adapters.integrations.csv;

import io.aegis.application.asset.port.in.AssetRelationshipFileRow;
import io.aegis.application.asset.port.in.AssetRelationshipView;
import io.aegis.application.asset.port.out.AssetRelationshipRowsWriter;
import java.io.OutputStream;
import java.util.List;

/** Writes relationships as {@link AssetRelationshipCsv}: every column, formulas neutralised, UTF-8 without a BOM. */
public final class CsvAssetRelationshipRowsWriter implements AssetRelationshipRowsWriter {

    @Override
    public void write(List<AssetRelationshipFileRow> rows, OutputStream out) {
        CsvRecords.write(out, AssetRelationshipCsv.COLUMNS, rows, CsvAssetRelationshipRowsWriter::cells);
    }

    private static List<String> cells(AssetRelationshipFileRow row) {
        AssetRelationshipView edge = row.relationship();
        return CsvRecords.cells(edge.sourceAssetId(), row.sourceName(), row.sourceType(), edge.relationshipType(),
                edge.targetAssetId(), row.targetName(), row.targetType(), edge.criticalDependency(),
                edge.description());
    }
}
