package io.aegis.adapters.integrations.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.application.asset.port.in.AssetView;
import io.aegis.domain.asset.Asset;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvAssetRowsWriterTest {

    private static final Instant CREATED = Instant.parse("2026-02-01T10:00:00Z");

    @Test
    void an_export_reads_back_as_it_was_formulas_included() throws IOException {
        List<AssetImportRow> original = read(CsvAssetRowsReaderTest.file("two-assets.csv"));
        List<AssetView> views = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            views.add(AssetView.of(Asset.restore(new AssetId(i + 1), original.get(i).profile(), new OrgUnitId(i + 4),
                    original.get(i).active().orElse(true), new UserId(1), CREATED, CREATED)));
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvAssetRowsWriter().write(views, out);
        List<AssetImportRow> again = read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(again).extracting(AssetImportRow::profile)
                .containsExactlyElementsOf(original.stream().map(AssetImportRow::profile).toList());
        assertThat(again).extracting(AssetImportRow::active).containsExactly(Optional.of(false), Optional.of(true));
        // the ids come back too: what an upsert of the file matches
        assertThat(again).extracting(row -> row.references().id())
                .containsExactly(Optional.of(new AssetId(1)), Optional.of(new AssetId(2)));
        assertThat(again).extracting(AssetImportRow::orgUnit)
                .containsExactly(Optional.of(new OrgUnitId(4)), Optional.of(new OrgUnitId(5)));
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe() throws IOException {
        List<AssetImportRow> original = read(CsvAssetRowsReaderTest.file("two-assets.csv"));
        AssetView escaped = AssetView.of(Asset.restore(new AssetId(1), original.get(1).profile(), OrgUnitId.ROOT, true,
                new UserId(1), CREATED, CREATED));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvAssetRowsWriter().write(List.of(escaped), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");

        assertThat(lines[0]).startsWith("id,name,description,asset_type,");
        assertThat(lines[1]).startsWith("1,'=SUM(A1),''quoted,other,");
    }

    private static List<AssetImportRow> read(InputStream file) throws IOException {
        List<AssetImportRow> rows = new ArrayList<>();
        try (file) {
            new CsvAssetRowsReader().read(file, 10, rows::add);
        }
        return rows;
    }
}
