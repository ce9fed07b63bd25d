package io.aegis.adapters.integrations.catalog;

import static io.aegis.adapters.integrations.catalog.CatalogFiles.READER;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.bundledBaseline;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.bundledCatalog;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.testCatalog;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.application.framework.port.in.BaselineProfile;
import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import io.aegis.application.framework.port.in.UnreadableCatalogException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OSCAL profiles as baselines. The counts were made independently with python3's json module on the same files:
 * the {@code with-ids} of LOW, MODERATE, HIGH and PRIVACY (5.1.1+u4) number 149, 287, 370 and 96, all distinct, all
 * ids of the bundled catalog, none of them withdrawn; NIST's LOW catalog resolved from the LOW profile holds 149
 * controls in 18 families.
 */
class OscalProfileReaderTest {

    @ParameterizedTest
    @CsvSource({
            "nist-800-53r5-low,      149, LOW IMPACT BASELINE,      AC-1,  AC-2,    SR-12",
            "nist-800-53r5-moderate, 287, MODERATE IMPACT BASELINE, AC-1,  AC-2,    SR-12",
            "nist-800-53r5-high,     370, HIGH IMPACT BASELINE,     AC-1,  AC-2,    SR-12",
            "nist-800-53r5-privacy,   96, PRIVACY BASELINE,         AC-1,  AC-3(14), SI-19",
    })
    void the_800_53_baselines_select_their_controls_by_display_label(String key, int count, String title,
                                                                       String first, String second, String last) {
        BaselineProfile baseline = bundledBaseline(key);

        assertThat(baseline.name()).isEqualTo("NIST Special Publication 800-53 Revision 5.1.1 " + title);
        assertThat(baseline.version()).isEqualTo("5.1.1+u4");
        assertThat(baseline.controlIds()).hasSize(count).doesNotHaveDuplicates()
                .startsWith(first, second).endsWith(last);
    }

    @Test
    void every_control_a_baseline_selects_is_a_control_of_the_bundled_catalog_in_force() {
        Map<String, CatalogEntry> catalog = bundledCatalog("nist-800-53r5").entries().stream()
                .collect(Collectors.toMap(CatalogEntry::controlId, Function.identity()));

        for (String key : CatalogFiles.BUNDLED.list().get(0).baselineKeys()) {
            assertThat(bundledBaseline(key).controlIds()).as(key).allSatisfy(label -> {
                assertThat(catalog).containsKey(label);
                assertThat(catalog.get(label).withdrawn()).isFalse();
                assertThat(catalog.get(label).group()).isFalse();
            });
        }
    }

    @Test
    void the_low_baseline_selects_the_controls_of_the_catalog_nist_resolved_it_into() {
        FrameworkCatalog resolved = testCatalog("nist-800-53r5-low-resolved.json.gz");

        assertThat(resolved.version()).isEqualTo("5.1.1+u4");
        assertThat(resolved.entries().stream().filter(e -> !e.group()).map(CatalogEntry::controlId))
                .containsExactlyInAnyOrderElementsOf(bundledBaseline("nist-800-53r5-low").controlIds());
        assertThat(resolved.entries().stream().filter(CatalogEntry::group)).hasSize(18);
        // an OSCAL 1.1.2 catalog renders as the 1.0.0 one does
        assertThat(CatalogFiles.entry(resolved, "AC-2").description())
                .isEqualTo(CatalogFiles.entry(bundledCatalog("nist-800-53r5"), "AC-2").description());
    }

    @Test
    void ids_become_labels_and_excluded_controls_are_left_out() {
        BaselineProfile profile = READER.readProfile(text("""
                {"$schema": "x", "profile": {
                  "metadata": {"title": "Tailored", "version": "2"},
                  "imports": [
                    {"href": "#a", "include-controls": [{"with-ids": ["ac-2", "ac-2.1", "AC-2.12", "si-4.20"]}],
                     "exclude-controls": [{"with-ids": ["ac-2.12"]}]},
                    {"href": "#b", "include-controls": [{"with-ids": ["gv.oc-01", "ac-2", "03.01.01"]}]}
                  ]}}"""));

        assertThat(profile.name()).isEqualTo("Tailored");
        assertThat(profile.version()).isEqualTo("2");
        assertThat(profile.controlIds()).containsExactly("AC-2", "AC-2(1)", "SI-4(20)", "GV.OC-01", "03.01.01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"profile\": {\"metadata\": {\"title\": \"P\"}, \"imports\": [{\"href\": \"#a\", \"include-all\": {}}]}}"
                    + "| The profile includes every control of its catalog (include-all)",
            "{\"profile\": {\"metadata\": {\"title\": \"P\"}, \"imports\": [{\"href\": \"#a\", \"include-controls\": "
                    + "[{\"matching\": [{\"pattern\": \"ac-*\"}]}]}]}}| The profile selects controls by pattern",
            "{\"profile\": {\"metadata\": {\"title\": \"P\"}, \"imports\": []}}| The profile selects no controls by id",
            "{\"profile\": {\"imports\": []}}| The profile has no metadata with a title.",
            "{\"catalog\": {}}| The file is an OSCAL catalog, not a profile.",
            "{\"Requirements\": []}| The file is neither an OSCAL profile (its first member is \"Requirements\").",
            "{\"profile\": {\"metadata\": {\"title\": \"P\"}, \"imports\": [| The file ends before its JSON is complete",
    })
    void a_file_that_is_no_usable_profile_is_refused(String file, String message) {
        assertThatThrownBy(() -> READER.readProfile(text(file)))
                .isInstanceOf(UnreadableCatalogException.class)
                .hasMessageStartingWith(message);
    }
}
