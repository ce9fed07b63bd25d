package io.aegis.adapters.integrations.catalog;

import static io.aegis.adapters.integrations.catalog.CatalogFiles.NO_LIMIT;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.READER;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.bundledBytes;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What every catalog file must be, whatever its format, and how a file that is not is refused. */
class JsonCatalogReaderTest {

    private static final String MINIMAL = """
            {"catalog": {"metadata": {"title": "T"}, "controls": [%s]}}""";

    @Test
    void malformed_json_is_refused_with_its_line_and_column() {
        assertThatThrownBy(() -> READER.readCatalog(text("{\"catalog\": {\n  \"metadata\": {\"title\": \"T\",}}}"),
                NO_LIMIT))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The file is not valid JSON at line 2, column 29: ")
                .hasMessageNotContaining("Source")
                .hasMessageNotContaining("com.fasterxml");
    }

    @Test
    void the_real_catalog_cut_in_half_is_refused_as_truncated() {
        byte[] whole = bundledBytes("nist-800-53r5");
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> READER.readCatalog(new ByteArrayInputStream(half), NO_LIMIT))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The file ends before its JSON is complete (truncated?) at line 1, column ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''| The file is empty.",
            "tru| The file is not valid JSON at line 1, column 1: Unrecognized token 'tru'",
            "[1, 2]| The file must be one JSON object at the top (line 1, column 1).",
            "{}| The JSON object is empty at the top (line 1, column 2).",
            "{\"$schema\": \"x\"}| The JSON object holds nothing but \"$schema\" at the top (line 1, column 16).",
            "{\"profile\": {}}| The file is an OSCAL profile, not a catalog.",
            "{\"system-security-plan\": {}}| The file is an OSCAL system-security-plan, not a catalog.",
            "{\"requirements\": []}| The file is the flat ASVS export; Aegis reads the nested one",
            "{\"hello\": \"world\"}| The file is neither an OSCAL catalog nor the OWASP ASVS JSON "
                    + "(its first member is \"hello\").",
            "{\"catalog\": []}| \"catalog\" must be a JSON object at /catalog (line 1, column 13).",
            "{\"catalog\": {\"controls\": []}}| The catalog has no metadata with a title.",
            "{\"catalog\": {\"metadata\": {\"title\": \"T\"}}}| The catalog holds no groups or controls.",
            "{\"catalog\": {\"metadata\": {\"title\": \"T\"}, \"groups\": {}}}| \"groups\" must be an array at "
                    + "/catalog/groups (line 1, column 52).",
            "{\"catalog\": {\"metadata\": {\"title\": \"T\"}, \"controls\": [{\"id\": 7}]}}| \"id\" must be a string "
                    + "at /catalog/controls/0/id (line 1, column 62).",
            "{\"Requirements\": [{\"Shortcode\": \"V1\", \"Name\": \"Chapter\", \"Items\": [{\"Shortcode\": \"V1.1\", "
                    + "\"Name\": \"Section\", \"Items\": [{\"Shortcode\": \"V1.1.1\", \"Description\": \"Verify.\"}]}]}]}"
                    + "| The requirement at /Requirements/0/Items/0/Items/0 (line 1, column 119) must have a level "
                    + "\"L\" of 1, 2 or 3.",
            "{\"catalog\": {\"metadata\": {\"title\": \"T\"}, \"controls\": [{\"id\": \"c-1\", \"title\": \"C\"}]}} "
                    + "{}| Something follows the JSON object at the top (line 1, column 86).",
            "{\"catalog\": {\"metadata\": {\"title\": \"T\", \"title\": \"U\"}}}| The file is not valid JSON at "
                    + "line 1, column 48: Duplicate field 'title'",
    })
    void a_file_that_is_no_catalog_is_refused_saying_what_and_where(String file, String message) {
        assertThatThrownBy(() -> READER.readCatalog(text(file), NO_LIMIT))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void a_control_without_a_title_is_refused_naming_it() {
        assertThatThrownBy(() -> READER.readCatalog(text(MINIMAL.formatted(
                "{\"id\": \"c-1\", \"title\": \"One\"},\n {\"id\": \"c-2\", \"class\": \"x\"}")), NO_LIMIT))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessage("A control (c-2) at /catalog/controls/1 (line 2, column 2) has no title.");
    }

    @Test
    void two_entries_with_one_label_are_refused_naming_both() {
        assertThatThrownBy(() -> READER.readCatalog(text(MINIMAL.formatted("""
                {"id": "c-1", "title": "One"},
                {"id": "c-2", "title": "Two", "controls": [
                  {"id": "c-2.1", "title": "Three", "props": [{"name": "label", "value": "C-1"}]}]}""")), NO_LIMIT))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessage("Two entries have the label C-1: at /catalog/controls/0 (line 1, column 55) and at "
                        + "/catalog/controls/1/controls/0 (line 3, column 3).");
    }

    @Test
    void the_limit_refuses_the_real_catalog_as_soon_as_it_is_passed_having_read_a_small_part_of_it() throws Exception {
        byte[] whole = bundledBytes("nist-800-53r5");
        CountingStream file = new CountingStream(new ByteArrayInputStream(whole));

        // the family AC, AC-1, AC-2 and its enhancements AC-2(1) to AC-2(7) make ten entries
        assertThatThrownBy(() -> READER.readCatalog(file, 10))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The catalog holds more than 10 entries (groups and controls); the entry "
                        + "beyond the limit is at /catalog/groups/0/controls/1/controls/7 (line 1, column ");
        // streamed: the reader stopped within the first 2% of the 4.4 MB file, never holding it as one tree
        assertThat(file.count).isLessThan(whole.length / 50);
        assertThat(READER.readCatalog(new ByteArrayInputStream(whole), 1209).entries()).hasSize(1209);
        assertThatThrownBy(() -> READER.readCatalog(new ByteArrayInputStream(whole), 1208))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The catalog holds more than 1208 entries");
    }

    @Test
    void a_file_beyond_the_parsers_limits_is_refused_without_naming_its_settings() {
        String open = "{\"id\": \"c\", \"title\": \"T\", \"controls\": [";

        assertThatThrownBy(() -> READER.readCatalog(text(MINIMAL.formatted(open.repeat(510) + "]}".repeat(510))),
                NO_LIMIT))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The file goes beyond what Aegis reads at line 1, column ")
                .hasMessageEndingWith(": Document nesting depth (1001) exceeds the maximum allowed (1000).");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() {
        byte[] latin1 = "{\"catalog\": {\"metadata\": {\"title\": \"caf\u00e9\"}}}"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> READER.readCatalog(new ByteArrayInputStream(latin1), NO_LIMIT))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The file is not valid JSON at line 1, column ");
    }

    /** Counts the bytes the reader took from the stream. */
    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count += Math.max(read, 0);
            return read;
        }
    }
}
