package io.aegis.adapters.integrations.catalog;

import static io.aegis.adapters.integrations.catalog.CatalogFiles.NO_LIMIT;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.READER;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.bundledCatalog;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.controls;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.entry;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OWASP ASVS JSON. The counts were made independently with python3's json module on the same file: 17
 * chapters, 80 sections, 345 requirements, of which 70 at level 1, 183 at level 2 and 92 at level 3.
 */
class AsvsCatalogReaderTest {

    @Test
    void asvs_5_0_has_17_chapters_80_sections_and_345_requirements_by_level() {
        FrameworkCatalog asvs = bundledCatalog("owasp-asvs-5.0");

        assertThat(asvs.name()).isEqualTo("OWASP Application Security Verification Standard");
        assertThat(asvs.version()).isEqualTo("5.0.0");
        assertThat(asvs.organization()).isEqualTo("OWASP");
        assertThat(asvs.frameworkType()).isEqualTo("standard");
        assertThat(asvs.description()).startsWith("The Application Security Verification Standard is a list of");
        Map<String, Long> types = asvs.entries().stream()
                .collect(Collectors.groupingBy(CatalogEntry::controlType, Collectors.counting()));
        assertThat(types).isEqualTo(Map.of("chapter", 17L, "section", 80L, "L1", 70L, "L2", 183L, "L3", 92L));
        assertThat(asvs.entries().stream().filter(CatalogEntry::group)).hasSize(97);
        assertThat(controls(asvs)).hasSize(345).noneMatch(CatalogEntry::withdrawn);
    }

    @Test
    void a_requirement_keeps_its_code_its_text_and_its_level_under_its_section_and_chapter() {
        FrameworkCatalog asvs = bundledCatalog("owasp-asvs-5.0");

        CatalogEntry chapter = entry(asvs, "V1");
        assertThat(chapter.group()).isTrue();
        assertThat(chapter.parentControlId()).isNull();
        assertThat(chapter.title()).isEqualTo("Encoding and Sanitization");
        CatalogEntry section = entry(asvs, "V1.1");
        assertThat(section.group()).isTrue();
        assertThat(section.parentControlId()).isEqualTo("V1");
        assertThat(section.title()).isEqualTo("Encoding and Sanitization Architecture");
        CatalogEntry requirement = entry(asvs, "V1.1.2");
        assertThat(requirement.parentControlId()).isEqualTo("V1.1");
        assertThat(requirement.controlType()).isEqualTo("L2");
        assertThat(requirement.description()).isEqualTo("Verify that the application performs output encoding and "
                + "escaping either as a final step before being used by the interpreter for which it is intended or "
                + "by the interpreter itself.");
        assertThat(requirement.title()).isEqualTo("Verify that the application performs output encoding and "
                + "escaping either as a final step before being used by the…");
        assertThat(controls(asvs)).allSatisfy(r -> assertThat(r.title().length()).isLessThanOrEqualTo(120));
    }

    @Test
    void asvs_4_marks_the_levels_that_require_a_requirement() {
        FrameworkCatalog asvs = READER.readCatalog(text("""
                {"Name": "Application Security Verification Standard Project", "ShortName": "ASVS",
                 "Version": "4.0.3", "Description": "A list.", "Requirements": [
                  {"Shortcode": "V1", "Ordinal": 1, "ShortName": "Architecture", "Name": "Architecture", "Items": [
                    {"Shortcode": "V1.1", "Ordinal": 1, "Name": "Secure Software Development Lifecycle", "Items": [
                      {"Shortcode": "V1.1.1", "Ordinal": 1, "Description": "Verify the use of a lifecycle.",
                       "L1": {"Required": false, "Requirement": ""}, "L2": {"Required": true, "Requirement": "✓"},
                       "L3": {"Required": true, "Requirement": "✓"}, "CWE": [], "NIST": []}]}]}]}"""), NO_LIMIT);

        assertThat(asvs.version()).isEqualTo("4.0.3");
        assertThat(entry(asvs, "V1.1.1").controlType()).isEqualTo("L2");
        assertThat(entry(asvs, "V1.1.1").title()).isEqualTo("Verify the use of a lifecycle.");
    }
}
