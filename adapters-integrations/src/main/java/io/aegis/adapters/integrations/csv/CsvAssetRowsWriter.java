package io.aegis.adapters.integrations.csv;

import io.aegis.application.asset.port.in.AssetView;
import io.aegis.application.asset.port.out.AssetRowsWriter;
import java.io.OutputStream;
import java.util.List;

/** Writes assets as {@link AssetCsv}: every column, formulas neutralised, UTF-8 without a byte-order mark. */
public final class CsvAssetRowsWriter implements AssetRowsWriter {

    @Override
    public void write(List<AssetView> assets, OutputStream out) {
        CsvRecords.write(out, AssetCsv.COLUMNS, assets, CsvAssetRowsWriter::cells);
    }

    private static List<String> cells(AssetView v) {
        return CsvRecords.cells(v.id(), v.name(), v.description(), v.assetType(), v.criticality(), v.categoryId(),
                v.ownerId(), v.ipAddress(), v.hostname(), v.operatingSystem(), v.version(), v.location(),
                v.environment(), v.businessUnit(), v.costCenter(), CsvRecords.json(v.complianceScope()), v.status(),
                v.purchaseDate(), v.warrantyExpiry(), v.lastScanDate(), CsvRecords.json(v.tags()),
                CsvRecords.json(v.customFields()), v.active(), v.createdAt(), v.updatedAt(), v.createdBy(),
                v.orgUnitId());
    }
}
