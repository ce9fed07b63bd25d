package io.aegis.adapters.integrations.catalog;

import static io.aegis.adapters.integrations.catalog.CatalogFiles.NO_LIMIT;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.READER;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.bundledCatalog;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.controls;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.entry;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.testCatalog;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * OSCAL catalogs in XML, as NIST publishes CSF 2.0 and SP 800-171 Rev 3. The 800-171 counts were made independently
 * with python3's xml.etree on the same file: 17 family groups, 227 controls (130 requirements, 97 of them with the
 * security requirement they state nested in them), 33 requirements with {@code status=withdrawn}, none of which has a
 * label.
 */
class OscalXmlCatalogReaderTest {

    @Test
    void the_csf_2_0_xml_reads_as_the_json_converted_from_it() {
        FrameworkCatalog xml = testCatalog("nist-csf-2.0-catalog.xml.gz");
        FrameworkCatalog json = bundledCatalog("nist-csf-2.0");

        assertThat(xml.entries()).hasSize(225);
        // every entry: label, parent, group, class, title, description, guidance, procedures, withdrawn, moved to
        assertThat(xml.entries()).containsExactlyElementsOf(json.entries());
        assertThat(xml).usingRecursiveComparison().isEqualTo(json);
    }

    @Test
    void sp_800_171_rev3_holds_17_families_and_227_requirements_33_of_them_withdrawn() {
        FrameworkCatalog sp800171 = bundledCatalog("nist-800-171r3");

        assertThat(sp800171.entries().stream().filter(CatalogEntry::group).map(CatalogEntry::controlId))
                // in the file's order, NIST's
                .containsExactly("03.09", "03.17", "03.01", "03.15", "03.16", "03.04", "03.06", "03.13", "03.12",
                        "03.07", "03.10", "03.03", "03.05", "03.08", "03.02", "03.11", "03.14");
        assertThat(controls(sp800171)).hasSize(227);
        assertThat(controls(sp800171).stream().filter(CatalogEntry::withdrawn)).hasSize(33)
                .allSatisfy(withdrawn -> assertThat(withdrawn.controlType()).isEqualTo("requirement"));
        assertThat(controls(sp800171).stream().filter(c -> !c.withdrawn())).hasSize(194);
        assertThat(controls(sp800171).stream().filter(c -> "security_requirement".equals(c.controlType())))
                .hasSize(97);
    }

    @Test
    void an_800_171_requirement_is_known_by_its_number_and_states_its_parameters() {
        FrameworkCatalog sp800171 = bundledCatalog("nist-800-171r3");

        CatalogEntry family = entry(sp800171, "03.09");
        assertThat(family.title()).isEqualTo("Personnel Security");
        assertThat(family.controlType()).isEqualTo("family");
        CatalogEntry screening = entry(sp800171, "03.09.01");
        assertThat(screening.parentControlId()).isEqualTo("03.09");
        assertThat(screening.title()).isEqualTo("Personnel Screening");
        assertThat(screening.implementationGuidance()).startsWith("Personnel security screening activities involve "
                + "the assessment of the conduct, integrity, judgment, loyalty, reliability, and stability of an "
                + "individual (i.e., the individual’s trustworthiness) prior to");
        assertThat(screening.assessmentProcedures()).isEqualTo("""
                individuals are screened prior to authorizing access to the system.
                individuals are rescreened in accordance with the following conditions: [Assignment: conditions].

                EXAMINE [SELECT FROM: personnel security policy and procedures; procedures for personnel screening \
                and rescreening; records of screened personnel; system security plan; other relevant documents or \
                records]
                INTERVIEW [SELECT FROM: personnel with personnel security responsibilities; personnel with \
                information security responsibilities]
                TEST [SELECT FROM: processes for personnel screening and rescreening]""");
        CatalogEntry statement = entry(sp800171, "SR-03.09.01");
        assertThat(statement.parentControlId()).isEqualTo("03.09.01");
        assertThat(statement.description()).isEqualTo("""
                SR-03.09.01.a Screen individuals prior to authorizing access to the system.
                SR-03.09.01.b Rescreen individuals in accordance with [Assignment: conditions].""");
    }

    @Test
    void a_withdrawn_800_171_requirement_is_known_by_its_number_and_names_where_it_went() {
        FrameworkCatalog sp800171 = bundledCatalog("nist-800-171r3");

        CatalogEntry incorporated = entry(sp800171, "03.01.14");
        assertThat(incorporated.withdrawn()).isTrue();
        assertThat(incorporated.parentControlId()).isEqualTo("03.01");
        assertThat(incorporated.movedTo()).containsExactly("03.01.12");
        assertThat(entry(sp800171, "03.04.09").movedTo())
                .containsExactly("03.01.05", "03.01.06", "03.01.07", "03.04.08", "03.12.03");
        // every requirement a withdrawn one went to is in the catalog
        assertThat(controls(sp800171).stream().flatMap(c -> c.movedTo().stream()))
                .allSatisfy(label -> assertThat(entry(sp800171, label).withdrawn()).isFalse());
    }

    @Test
    void no_markup_or_parameter_placeholder_is_left_in_the_800_171_texts() {
        assertThat(bundledCatalog("nist-800-171r3").entries()).allSatisfy(entry -> {
            for (String text : new String[] {entry.title(), entry.description(), entry.implementationGuidance(),
                    entry.assessmentProcedures()}) {
                if (text != null) {
                    assertThat(text).doesNotContain("{{", "}}", "<", "](", "\\", "  .");
                }
            }
        });
    }

    @Test
    void the_metadata_names_the_framework_its_version_and_publication() {
        FrameworkCatalog sp800171 = bundledCatalog("nist-800-171r3");

        assertThat(sp800171.name()).isEqualTo("Protecting Controlled Unclassified Information in Nonfederal Systems "
                + "and Organizations");
        assertThat(sp800171.version()).isEqualTo("1.0.0");
        assertThat(sp800171.publicationDate()).isEqualTo(LocalDate.of(2025, 5, 29));
        assertThat(sp800171.organization()).isEqualTo("National Institute of Standards and Technology");
    }

    @Test
    void xml_markup_reads_as_the_same_markdown_reads_in_json() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="u">
                  <metadata><title>The <em>marked</em> catalog</title><version>2*[b]</version>
                    <party uuid="o" type="organization"><name>A*B \\ C</name></party></metadata>
                  <param id="p-1"><label>period</label></param>
                  <group id="g"><title>Group</title>
                    <part name="overview"><p>Over   the
                       view</p></part>
                    <control id="c-1" class="x"><title>One</title>
                      <param id="p-2"><select how-many="one-or-more"><choice>a <insert type="param" id-ref="p-1"/></choice><choice>b</choice></select></param>
                      <prop name="label" value="C-1"/>
                      <part id="c-1_smt" name="statement">
                        <p>Do <strong>this</strong> and <code>that</code>, see <a href="#x">the *other*</a> [ref]
                          within <insert type="param" id-ref="p-1"/>, then <insert type="param" id-ref="p-2"/>.</p>
                        <p>Second <q>quoted</q> paragraph \\ with a backslash and `ticks`.</p>
                        <ol><li>first</li><li>second</li></ol>
                        <part id="c-1_smt.a" name="item"><prop name="label" value="a."/><p>Item a.</p></part>
                      </part>
                      <part name="guidance"><p>Guide.</p></part>
                    </control>
                  </group>
                </catalog>
                """;
        String json = """
                {"catalog": {"uuid": "u", "metadata": {"title": "The *marked* catalog", "version": "2*[b]",
                  "parties": [{"uuid": "o", "type": "organization", "name": "A*B \\\\ C"}]},
                  "params": [{"id": "p-1", "label": "period"}],
                  "groups": [{"id": "g", "title": "Group", "parts": [{"name": "overview", "prose": "Over the view"}],
                    "controls": [{"id": "c-1", "class": "x", "title": "One",
                      "params": [{"id": "p-2", "select": {"how-many": "one-or-more",
                        "choice": ["a {{ insert: param, p-1 }}", "b"]}}],
                      "props": [{"name": "label", "value": "C-1"}],
                      "parts": [{"id": "c-1_smt", "name": "statement",
                        "prose": "Do **this** and `that`, see [the \\\\*other\\\\*](#x) \\\\[ref\\\\] within {{ insert: param, p-1 }}, then {{ insert: param, p-2 }}.\\n\\nSecond \\"quoted\\" paragraph \\\\\\\\ with a backslash and \\\\`ticks\\\\`.\\n\\n1. first\\n2. second",
                        "parts": [{"id": "c-1_smt.a", "name": "item", "props": [{"name": "label", "value": "a."}],
                          "prose": "Item a."}]},
                        {"name": "guidance", "prose": "Guide."}]}]}]}}
                """;

        FrameworkCatalog fromXml = READER.readCatalog(text(xml), NO_LIMIT);

        assertThat(fromXml).usingRecursiveComparison().isEqualTo(READER.readCatalog(text(json), NO_LIMIT));
        assertThat(fromXml.name()).isEqualTo("The marked catalog");
        // plain strings are not markup: kept as written
        assertThat(fromXml.version()).isEqualTo("2*[b]");
        assertThat(fromXml.organization()).isEqualTo("A*B \\ C");
        assertThat(entry(fromXml, "G").description()).isEqualTo("Over the view");
        assertThat(entry(fromXml, "C-1").description()).isEqualTo("""
                Do this and that, see the *other* [ref] within [Assignment: period], then [Selection (one or more): \
                a [Assignment: period]; b].
                Second "quoted" paragraph \\ with a backslash and `ticks`.
                1. first 2. second
                  a. Item a.""");
    }
}
