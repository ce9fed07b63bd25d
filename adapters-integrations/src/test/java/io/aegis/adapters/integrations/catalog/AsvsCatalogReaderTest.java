package io.aegis.adapters.integrations.catalog;

import static io.aegis.adapters.integrations.catalog.CatalogFiles.bundledCatalog;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.controls;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.entry;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.testCatalog;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OWASP ASVS JSON. The counts were made independently with python3's json module on the same files: 5.0.0 has 17
 * chapters, 80 sections, 345 requirements, of which 70 at level 1, 183 at level 2 and 92 at level 3; 4.0.3 has 14
 * chapters, 71 sections, 286 requirements, 128 first required at level 1, 131 at 2, 19 at 3 and 8 deleted.
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
    void asvs_4_marks_the_levels_that_require_a_requirement_and_keeps_deleted_ones_withdrawn() {
        FrameworkCatalog asvs = testCatalog("owasp-asvs-4.0.3.json.gz");

        assertThat(asvs.version()).isEqualTo("4.0.3");
        Map<String, Long> types = asvs.entries().stream().filter(e -> e.controlType() != null)
                .collect(Collectors.groupingBy(CatalogEntry::controlType, Collectors.counting()));
        assertThat(types).isEqualTo(Map.of("chapter", 14L, "section", 71L, "L1", 128L, "L2", 131L, "L3", 19L));
        assertThat(controls(asvs)).hasSize(286);
        assertThat(entry(asvs, "V1.1.1").controlType()).isEqualTo("L2");
        CatalogEntry duplicate = entry(asvs, "V1.4.3");
        assertThat(duplicate.withdrawn()).isTrue();
        assertThat(duplicate.controlType()).isNull();
        assertThat(duplicate.title()).isEqualTo("[DELETED, DUPLICATE OF 4.1.3]");
        assertThat(duplicate.movedTo()).containsExactly("V4.1.3");
        assertThat(entry(asvs, "V1.4.2").movedTo()).isEmpty();
        assertThat(controls(asvs).stream().filter(CatalogEntry::withdrawn)).extracting(CatalogEntry::controlId)
                .containsExactly("V1.4.2", "V1.4.3", "V1.12.1", "V4.1.4", "V7.3.2", "V13.1.2", "V13.2.4", "V14.3.1");
    }
}
