package io.aegis.adapters.integrations.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.framework.port.in.MappingFileRow;
import io.aegis.application.framework.port.in.MappingFormat;
import io.aegis.application.framework.port.in.UnreadableMappingFileException;
import io.aegis.domain.framework.MappingConfidence;
import io.aegis.domain.framework.MappingRationale;
import io.aegis.domain.framework.MappingRelationship;
import io.aegis.domain.framework.MappingStrength;
import io.aegis.domain.framework.MappingTerms;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileMappingReaderTest {

    private static final String COLLECTION = "NIST_CSF_v2.0-to-NIST_SP-800-53_rev5_mapping-collection.json";
    private static final String CROSSWALK = "csf2_to_800-53_crosswalk.csv";
    private static final MappingTerms SUPERSET_SURELY = new MappingTerms(MappingRelationship.SUPERSET_OF,
            Optional.empty(), Optional.of(MappingConfidence.HIGH), Optional.empty());

    private final FileMappingReader reader = new FileMappingReader();

    private static byte[] resource(String name) {
        try (InputStream in = FileMappingReaderTest.class.getResourceAsStream("/mapping/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<MappingFileRow> read(byte[] file, MappingFormat format) {
        return reader.read(new ByteArrayInputStream(file), format, 50_000);
    }

    private List<MappingFileRow> read(String text, MappingFormat format) {
        return read(text.getBytes(StandardCharsets.UTF_8), format);
    }

    @Test
    void the_csf_to_800_53_collection_gives_every_source_with_every_target_of_its_maps() {
        List<MappingFileRow> rows = read(resource(COLLECTION), MappingFormat.OSCAL);

        assertThat(rows).hasSize(737);
        assertThat(rows.subList(0, 4)).containsExactly(
                new MappingFileRow("mappings[0].maps[0]", "de.ae-02", "au-6", SUPERSET_SURELY),
                new MappingFileRow("mappings[0].maps[0]", "de.ae-02", "ca-7", SUPERSET_SURELY),
                new MappingFileRow("mappings[0].maps[0]", "de.ae-02", "ir-4", SUPERSET_SURELY),
                new MappingFileRow("mappings[0].maps[0]", "de.ae-02", "si-4", SUPERSET_SURELY));
        assertThat(rows.stream().map(MappingFileRow::sourceRef).distinct()).hasSize(106);
    }

    @Test
    void the_same_crosswalk_as_csv_gives_the_same_pairs_and_skips_its_gaps_and_its_description_row() {
        List<MappingFileRow> rows = read(resource(CROSSWALK), MappingFormat.CSV);
        List<MappingFileRow> collection = read(resource(COLLECTION), MappingFormat.OSCAL);

        assertThat(rows.get(0)).isEqualTo(new MappingFileRow("line 3", "de.ae-02", "au-6", SUPERSET_SURELY));
        // the CSV also maps three subcategories to whole 800-53 families, which the collection leaves out
        assertThat(rows.stream().map(FileMappingReaderTest::pair).toList())
                .containsAll(collection.stream().map(FileMappingReaderTest::pair).toList())
                .hasSize(740)
                .contains("gv.oc-03 pt SUPERSET_OF", "pr.ir-03 cp SUPERSET_OF", "pr.ir-03 ir SUPERSET_OF");
    }

    private static String pair(MappingFileRow row) {
        return row.sourceRef() + " " + row.targetRef() + " " + row.terms().relationship();
    }

    @Test
    void olir_columns_untyped_rows_words_scores_and_lists_are_read() {
        List<MappingFileRow> rows = read("""
                Focal Document Element,Reference Document Element,Relationship,Rationale,Strength of Relationship,Confidence
                GV.OC-01,"PM-11, PM-7",,,,
                GV.OC-02,AC-2(1),subset of,Semantic,7,55%
                GV.OC-03,AC-3,Equivalent-To,,,low
                GV.OC-04,AC-4,not related to,,10,0.2
                """, MappingFormat.CSV);

        assertThat(rows).containsExactly(
                new MappingFileRow("line 2", "GV.OC-01", "PM-11", MappingTerms.of(MappingRelationship.RELATED)),
                new MappingFileRow("line 2", "GV.OC-01", "PM-7", MappingTerms.of(MappingRelationship.RELATED)),
                new MappingFileRow("line 3", "GV.OC-02", "AC-2(1)", new MappingTerms(MappingRelationship.SUBSET_OF,
                        Optional.of(new MappingRationale("Semantic")), Optional.of(MappingConfidence.MEDIUM),
                        Optional.of(new MappingStrength(7)))),
                new MappingFileRow("line 4", "GV.OC-03", "AC-3", new MappingTerms(MappingRelationship.EQUIVALENT,
                        Optional.empty(), Optional.of(MappingConfidence.LOW), Optional.empty())),
                new MappingFileRow("line 5", "GV.OC-04", "AC-4", new MappingTerms(
                        MappingRelationship.NO_RELATIONSHIP, Optional.empty(), Optional.of(MappingConfidence.LOW),
                        Optional.of(new MappingStrength(10)))));
    }

    @Test
    void oscal_remarks_categories_and_every_relationship_token_are_read() {
        List<MappingFileRow> rows = read("""
                {"mapping-collection": {"mappings": [{"maps": [
                  {"relationship": "equal-to", "sources": [{"id-ref": "a-1"}], "targets": [{"id-ref": "b-1"}],
                   "remarks": "word for word", "confidence-score": {"category": "medium"}},
                  {"relationship": "intersects-with", "sources": [{"id-ref": "a-2"}, {"id-ref": "a-3"}],
                   "targets": [{"id-ref": "b-2"}]},
                  {"relationship": "no-relationship", "sources": [{"id-ref": "a-4"}], "targets": []}
                ]}]}}""", MappingFormat.OSCAL);

        assertThat(rows).containsExactly(
                new MappingFileRow("mappings[0].maps[0]", "a-1", "b-1", new MappingTerms(MappingRelationship.EQUAL,
                        Optional.of(new MappingRationale("word for word")), Optional.of(MappingConfidence.MEDIUM),
                        Optional.empty())),
                new MappingFileRow("mappings[0].maps[1]", "a-2", "b-2",
                        MappingTerms.of(MappingRelationship.INTERSECTS_WITH)),
                new MappingFileRow("mappings[0].maps[1]", "a-3", "b-2",
                        MappingTerms.of(MappingRelationship.INTERSECTS_WITH)));
    }

    @Test
    void a_truncated_collection_is_unreadable() {
        byte[] file = resource(COLLECTION);

        assertThatThrownBy(() -> read(Arrays.copyOf(file, file.length / 2), MappingFormat.OSCAL))
                .isInstanceOf(UnreadableMappingFileException.class)
                .hasMessageStartingWith("the file is not well-formed JSON");
    }

    @Test
    void a_file_of_the_other_format_or_of_no_mapping_is_unreadable() {
        assertThatThrownBy(() -> read(resource(CROSSWALK), MappingFormat.OSCAL))
                .isInstanceOf(UnreadableMappingFileException.class);
        assertThatThrownBy(() -> read(resource(COLLECTION), MappingFormat.CSV))
                .isInstanceOf(UnreadableMappingFileException.class);
        assertThatThrownBy(() -> read("{\"catalog\": {}}", MappingFormat.OSCAL))
                .isInstanceOf(UnreadableMappingFileException.class)
                .hasMessageContaining("no OSCAL mapping-collection");
        assertThatThrownBy(() -> read("", MappingFormat.CSV)).isInstanceOf(UnreadableMappingFileException.class);
    }

    @Test
    void values_no_mapping_may_hold_are_unreadable_where_they_are() {
        assertThatThrownBy(() -> read("Source,Target,Relationship\nA-1,B-1,mitigates\n", MappingFormat.CSV))
                .isInstanceOf(UnreadableMappingFileException.class).hasMessageStartingWith("line 2:");
        assertThatThrownBy(() -> read("Source,Target,Confidence\nA-1,B-1,140%\n", MappingFormat.CSV))
                .isInstanceOf(UnreadableMappingFileException.class).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> read("Source,Target,Strength\nA-1,B-1,11\n", MappingFormat.CSV))
                .isInstanceOf(UnreadableMappingFileException.class).hasMessageContaining("strength");
        assertThatThrownBy(() -> read("Source,Target\n,B-1\n", MappingFormat.CSV))
                .isInstanceOf(UnreadableMappingFileException.class).hasMessageContaining("no source");
        assertThatThrownBy(() -> read(new byte[] {'S', ',', 'T', '\n', (byte) 0xE9, ',', 'x', '\n'},
                MappingFormat.CSV)).isInstanceOf(UnreadableMappingFileException.class);
    }

    @Test
    void more_pairs_than_allowed_are_refused() {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(resource(COLLECTION)), MappingFormat.OSCAL,
                100)).isInstanceOf(UnreadableMappingFileException.class).hasMessageContaining("more than 100");
    }
}
