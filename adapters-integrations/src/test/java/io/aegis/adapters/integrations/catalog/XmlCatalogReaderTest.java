package io.aegis.adapters.integrations.catalog;

import static io.aegis.adapters.integrations.catalog.CatalogFiles.NO_LIMIT;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.READER;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.bundledBaseline;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.bundledBytes;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** XML catalog files: told from JSON by content, read safely as a stream, and refused saying what and where. */
class XmlCatalogReaderTest {

    private static final String MINIMAL = """
            <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0"><metadata><title>T</title></metadata>%s</catalog>""";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<?xml version=\"1.0\"?><catalog/>| The catalog has no metadata with a title.",
            "  \n\uFEFF<catalog><metadata><title>T</title></metadata></catalog>| The catalog holds no groups or "
                    + "controls.",
            "<profile/>| The file is an OSCAL profile, not a catalog.",
            "<mapping-collection/>| The file is an OSCAL mapping-collection, not a catalog.",
            "<html><body/></html>| The file is no OSCAL catalog (its root element is <html>).",
            "<catalog><metadata><title>T</title></metadata><control id=\"c\"><title>C</title></control></catalog>"
                    + "<catalog/>| The file is not well-formed XML at line 1, column ",
            "<catalog><metadata><title>T</title></metadata><control id=\"c\"></catalog>| The file is not "
                    + "well-formed XML at line 1, column 65: The element type \"control\" must be terminated",
            "<catalog><metadata><title>T</title></metadata><control id=\"c\"><prop name=\"label\" value=\"C\"/>"
                    + "</control></catalog>| A control (c) at <control> (line 1, column 63) has no title.",
            "<catalog><metadata><title>T</title></metadata><control id=\"c\"><title>C</title><control id=\"d\">"
                    + "<title>D</title></control><part name=\"statement\"><p>x</p></part></control></catalog>| The "
                    + "part of c comes after the controls nested in it, where OSCAL allows none, at <part> (line 1, ",
            "<?xml version=\"1.0\"?>| The file ends before its XML is complete (truncated?) at line 1, column 22.",
    })
    void a_file_that_is_no_catalog_is_refused_saying_what_and_where(String file, String message) {
        assertThatThrownBy(() -> READER.readCatalog(text(file), NO_LIMIT))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith(message)
                .hasMessageNotContaining("ParseError")
                .hasMessageNotContaining("javax.xml");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() {
        byte[] latin1 = MINIMAL.formatted("<control id=\"c\"><title>caf\u00e9</title></control>")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> READER.readCatalog(new ByteArrayInputStream(latin1), NO_LIMIT))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The file is not well-formed XML at line 1, column ");
    }

    @Test
    void the_real_catalog_cut_in_half_is_refused_as_truncated() {
        byte[] whole = bundledBytes("nist-800-171r3");
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> READER.readCatalog(new ByteArrayInputStream(half), NO_LIMIT))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The file ends before its XML is complete (truncated?) at line ");
    }

    @Test
    void a_document_type_is_refused_so_no_entity_is_defined_nor_a_file_read(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "the server's secret");
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE catalog [<!ENTITY secret SYSTEM "%s">]>
                <catalog><metadata><title>&secret;</title></metadata><control id="c"><title>C</title></control>
                </catalog>""".formatted(secret.toUri());
        String expanding = """
                <?xml version="1.0"?>
                <!DOCTYPE catalog [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <catalog><metadata><title>&b;</title></metadata></catalog>""";

        for (String file : new String[] {external, expanding}) {
            assertThatThrownBy(() -> READER.readCatalog(text(file), NO_LIMIT))
                    .isInstanceOf(UnreadableCatalogException.class)
                    .hasMessageStartingWith("The file declares a document type (DTD), which Aegis does not read, at "
                            + "line 2, column ")
                    .hasMessageNotContaining("secret");
        }
    }

    @Test
    void elements_nested_beyond_reason_are_refused() {
        String deep = "<control id=\"c\"><title>C</title>".repeat(120) + "</control>".repeat(120);

        assertThatThrownBy(() -> READER.readCatalog(text(MINIMAL.formatted(deep)), NO_LIMIT))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The elements nest more than 100 deep at <");
    }

    @Test
    void the_limit_refuses_the_real_catalog_as_soon_as_it_is_passed_having_read_a_small_part_of_it() {
        byte[] whole = bundledBytes("nist-800-171r3");

        // a family and two requirements, each with the security requirement nested in it, make five entries; the
        // second family opens on line 297 of 13,120
        assertThatThrownBy(() -> READER.readCatalog(new ByteArrayInputStream(whole), 5))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The catalog holds more than 5 entries (groups and controls); the entry "
                        + "beyond the limit is at <group> (line 297, column ");
        assertThat(READER.readCatalog(new ByteArrayInputStream(whole), 244).entries()).hasSize(244);
        assertThatThrownBy(() -> READER.readCatalog(new ByteArrayInputStream(whole), 243))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The catalog holds more than 243 entries");
    }

    @Test
    void a_profile_in_xml_selects_the_controls_its_json_twin_does() {
        String profile = """
                <?xml version="1.0" encoding="UTF-8"?>
                <profile xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="p">
                  <metadata><title>SAMPLE LOW</title><version>1.0</version></metadata>
                  <import href="#catalog">
                    <include-controls with-child-controls="no">
                      <with-id>ac-1</with-id><with-id>ac-2</with-id><with-id>ac-2.1</with-id><with-id>gv.oc-01</with-id>
                    </include-controls>
                    <exclude-controls><with-id>ac-2</with-id></exclude-controls>
                  </import>
                  <back-matter><resource uuid="r"><title>Ignored</title></resource></back-matter>
                </profile>""";

        BaselineProfile read = READER.readProfile(text(profile));

        assertThat(read.name()).isEqualTo("SAMPLE LOW");
        assertThat(read.version()).isEqualTo("1.0");
        assertThat(read.controlIds()).containsExactly("AC-1", "AC-2(1)", "GV.OC-01");
        assertThat(bundledBaseline("nist-800-53r5-low").controlIds()).hasSize(149);
        assertThatThrownBy(() -> READER.readProfile(text(profile.replace("<with-id>ac-1</with-id>",
                "<matching pattern=\"ac-*\"/>"))))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith("The profile selects controls by pattern (matching)");
        assertThatThrownBy(() -> READER.readProfile(text("<catalog/>")))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessage("The file is an OSCAL catalog, not a profile.");
    }
}
