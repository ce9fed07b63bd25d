package io.aegis.adapters.integrations.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.asset.port.in.AssetImportRow;
import io.aegis.application.asset.port.in.ImportProblem;
import io.aegis.application.asset.port.in.UnreadableImportException;
import io.aegis.domain.asset.AssetProfile;
import io.aegis.domain.asset.AssetType;
import io.aegis.domain.asset.Criticality;
import io.aegis.domain.organisation.OrgUnitId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvAssetRowsReaderTest {

    private final CsvAssetRowsReader reader = new CsvAssetRowsReader();
    private final List<AssetImportRow> rows = new ArrayList<>();

    @Test
    void a_row_becomes_the_profile_the_api_would_build() throws IOException {
        read("two-assets.csv", 10);

        assertThat(rows).extracting(AssetImportRow::row).containsExactly(2, 3);
        AssetImportRow mail = rows.get(0);
        assertThat(mail.problems()).isEmpty();
        assertThat(mail.active()).contains(false);
        AssetProfile p = mail.profile();
        assertThat(p.name().value()).isEqualTo("Mail server");
        assertThat(p.type()).isEqualTo(AssetType.SERVER);
        assertThat(p.criticality()).isEqualTo(Criticality.HIGH);
        assertThat(p.ownerId().value()).isEqualTo(1);
        assertThat(p.categoryId().value()).isEqualTo(2);
        assertThat(p.description().value()).isEqualTo("Handles \"all\" mail,\r\nacross two lines");
        assertThat(p.tags().values()).containsExactly("prod", "eu");
        assertThat(p.complianceScope().values()).containsExactly("ISO 27001");
        assertThat(p.customFields().values()).isEqualTo(Map.of("rto_hours", 4L, "tier", "gold", "backed_up", true));
        assertThat(p.purchaseDate()).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
    }

    @Test
    void an_org_unit_id_cell_names_the_rows_unit_and_an_empty_one_or_none_leaves_it_open() throws IOException {
        String csv = "name,asset_type,org_unit_id\r\nin a,server,2\r\nanywhere,server,\r\nbad,server,02\r\n"
                + "worse,server,x\r\n";

        reader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 10, rows::add);
        read("two-assets.csv", 10);

        assertThat(rows).extracting(AssetImportRow::orgUnit).containsExactly(Optional.of(new OrgUnitId(2)),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(rows.get(2).problems()).extracting(ImportProblem::field).containsExactly("org_unit_id");
        assertThat(rows.get(3).problems()).extracting(ImportProblem::field).containsExactly("org_unit_id");
    }

    @Test
    void one_leading_apostrophe_is_removed_from_every_cell() throws IOException {
        read("two-assets.csv", 10);

        AssetProfile escaped = rows.get(1).profile();
        assertThat(escaped.name().value()).isEqualTo("=SUM(A1)");
        assertThat(escaped.description().value()).isEqualTo("'quoted");
        assertThat(escaped.criticality()).isEqualTo(AssetProfile.of(escaped.name(), AssetType.OTHER).criticality());
    }

    @Test
    void each_row_is_handed_over_before_the_rest_of_the_file_is_read() {
        // the file's rows, then a stream that fails: had the reader read the whole file first, no row would arrive
        InputStream failingTail = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("the rest of the upload is unreadable");
            }
        };

        assertThatThrownBy(() -> reader.read(new SequenceInputStream(file("refused-rows.csv"), failingTail), 100,
                rows::add)).isInstanceOf(UnreadableImportException.class);
        assertThat(rows).extracting(AssetImportRow::row).startsWith(2, 3, 4);
    }

    @Test
    void every_refused_cell_is_reported_with_its_row_and_column() throws IOException {
        read("refused-rows.csv", 100);

        assertThat(rows).extracting(AssetImportRow::row).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(fields(1)).containsExactly("owner_id");
        assertThat(fields(2)).containsExactly("owner_id");
        assertThat(fields(3)).containsExactly("owner_id");
        assertThat(fields(4)).containsExactly("tags.[0]");
        assertThat(rows.get(5).problems()).containsExactly(new ImportProblem("tags", "must be JSON text"));
        assertThat(rows.get(6).problems()).containsExactly(new ImportProblem("custom_fields", "must be an object"));
        assertThat(fields(7)).containsExactly("asset_type");
        assertThat(rows.get(8).problems()).containsExactly(new ImportProblem("row", "has 2 cells; the header names 5"));
    }

    @Test
    void more_rows_than_the_limit_refuse_the_file_before_the_extra_row_is_handed_over() {
        assertThatThrownBy(() -> read("two-assets.csv", 1))
                .isInstanceOf(UnreadableImportException.class)
                .hasMessage("holds more than 1 data rows; split it into several imports");
        assertThat(rows).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "empty.csv|is empty; the first row must name the columns",
        "latin1.csv|must be UTF-8 text",
        "broken-quote.csv|is not valid CSV (RFC 4180) at line 3",
    })
    void a_file_that_cannot_be_read_is_refused_whole(String file, String message) {
        assertThatThrownBy(() -> read(file, 10))
                .isInstanceOfSatisfying(UnreadableImportException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.problems()).isEmpty();
                });
    }

    @Test
    void an_unusable_header_names_each_column_at_fault() {
        assertThatThrownBy(() -> read("bad-header.csv", 10))
                .isInstanceOfSatisfying(UnreadableImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::field).containsExactly("colour", "name"));
        assertThatThrownBy(() -> read("missing-columns.csv", 10))
                .isInstanceOfSatisfying(UnreadableImportException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::field).containsExactly("type", "name", "asset_type"));
    }

    private void read(String name, int maxRows) throws IOException {
        try (InputStream in = file(name)) {
            reader.read(in, maxRows, rows::add);
        }
    }

    private List<String> fields(int index) {
        return rows.get(index).problems().stream().map(ImportProblem::field).toList();
    }

    static InputStream file(String name) {
        InputStream in = CsvAssetRowsReaderTest.class.getResourceAsStream("/csv/" + name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
