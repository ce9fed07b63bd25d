package io.aegis.adapters.integrations.catalog;

import static io.aegis.adapters.integrations.catalog.CatalogFiles.BUNDLED;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.bundledBaseline;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.bundledCatalog;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.framework.port.out.BundledCatalogs.Bundled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The catalogs shipped in the jar, read through the port the frameworks context uses. */
class ClasspathBundledCatalogsTest {

    @Test
    void lists_the_shipped_catalogs_with_their_licences_and_baselines() {
        assertThat(BUNDLED.list()).extracting(Bundled::key)
                .containsExactly("nist-800-53r5", "nist-csf-2.0", "nist-800-171r3", "owasp-asvs-5.0");
        assertThat(BUNDLED.list().get(0).baselineKeys()).containsExactly("nist-800-53r5-low",
                "nist-800-53r5-moderate", "nist-800-53r5-high", "nist-800-53r5-privacy");
        assertThat(BUNDLED.list()).allSatisfy(bundled -> {
            assertThat(bundled.title()).isNotBlank();
            assertThat(bundled.licence()).isNotBlank();
        });
        assertThat(BUNDLED.list().get(0).licence()).contains("Public domain");
        assertThat(BUNDLED.list().get(1).licence()).contains("Public domain", "Converted to OSCAL JSON");
        assertThat(BUNDLED.list().get(2).licence()).contains("Public domain", "OSCAL XML", "shipped unchanged");
        assertThat(BUNDLED.list().get(3).licence()).contains("CC BY-SA 4.0", "OWASP");
    }

    @Test
    void every_shipped_catalog_and_baseline_is_read_whole() {
        for (Bundled bundled : BUNDLED.list()) {
            assertThat(bundledCatalog(bundled.key()).entries()).as(bundled.key()).isNotEmpty();
            bundled.baselineKeys().forEach(key -> assertThat(bundledBaseline(key).controlIds()).isNotEmpty());
        }
    }

    @Test
    void an_unknown_key_opens_nothing() {
        assertThat(BUNDLED.openCatalog("nist-800-53r5-low")).isEmpty();
        assertThat(BUNDLED.openCatalog("nist-800-171r2")).isEmpty();
        assertThat(BUNDLED.openBaseline("nist-800-53r5")).isEmpty();
    }

    @Test
    void the_asvs_ships_with_the_text_of_its_licence() throws IOException {
        try (InputStream licence = ClasspathBundledCatalogs.class
                .getResourceAsStream("bundled/owasp-asvs-5.0-LICENSE.md")) {
            assertThat(new String(licence.readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("Attribution-ShareAlike 4.0 International");
        }
    }
}
