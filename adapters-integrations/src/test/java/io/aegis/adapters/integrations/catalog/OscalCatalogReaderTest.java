package io.aegis.adapters.integrations.catalog;

import static io.aegis.adapters.integrations.catalog.CatalogFiles.bundledCatalog;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.controls;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.entry;
import static io.aegis.adapters.integrations.catalog.CatalogFiles.testCatalog;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.aegis.application.framework.port.in.CatalogEntry;
import io.aegis.application.framework.port.in.FrameworkCatalog;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OSCAL catalogs as NIST publishes them. The counts were made independently with python3's json module on the
 * same files: 800-53 Rev 5 (5.1.1) has 20 groups and 1,189 controls and enhancements, 182 of them with
 * {@code status=withdrawn}; CSF 2.0 has 6 function groups, 34 category and 185 subcategory controls.
 */
class OscalCatalogReaderTest {

    private static FrameworkCatalog sp80053;

    @BeforeAll
    static void readTheRealCatalog() {
        sp80053 = bundledCatalog("nist-800-53r5");
    }

    @Test
    void the_800_53_rev5_catalog_holds_1189_controls_1007_in_force_in_20_families() {
        assertThat(sp80053.entries().stream().filter(CatalogEntry::group).map(CatalogEntry::controlId))
                .containsExactly("AC", "AT", "AU", "CA", "CM", "CP", "IA", "IR", "MA", "MP", "PE", "PL", "PM", "PS",
                        "PT", "RA", "SA", "SC", "SI", "SR");
        assertThat(controls(sp80053)).hasSize(1189);
        assertThat(controls(sp80053).stream().filter(c -> !c.withdrawn())).hasSize(1007);
        assertThat(controls(sp80053).stream().filter(c -> c.controlType().equals("SP800-53"))).hasSize(322);
        assertThat(controls(sp80053).stream().filter(c -> c.controlType().equals("SP800-53-enhancement")))
                .hasSize(867);
    }

    @Test
    void controls_and_enhancements_carry_their_display_labels_and_sit_in_their_parents() {
        CatalogEntry family = entry(sp80053, "AC");
        assertThat(family.group()).isTrue();
        assertThat(family.parentControlId()).isNull();
        assertThat(family.controlType()).isEqualTo("family");
        assertThat(family.title()).isEqualTo("Access Control");
        assertThat(entry(sp80053, "AC-2").parentControlId()).isEqualTo("AC");
        CatalogEntry enhancement = entry(sp80053, "AC-2(1)");
        assertThat(enhancement.parentControlId()).isEqualTo("AC-2");
        assertThat(enhancement.title()).isEqualTo("Automated System Account Management");
        assertThat(enhancement.group()).isFalse();
    }

    @Test
    void every_parent_comes_before_its_children() {
        Set<String> seen = new HashSet<>();
        for (CatalogEntry entry : sp80053.entries()) {
            assertThat(entry.parentControlId() == null || seen.contains(entry.parentControlId()))
                    .as(entry.controlId()).isTrue();
            seen.add(entry.controlId());
        }
    }

    @Test
    void the_statement_reads_as_nist_publishes_it_with_its_parameters() {
        // NIST SP 800-53 Rev 5 (update 1), AC-1, with the ODP labels NIST prints as "organization-defined ..."
        assertThat(entry(sp80053, "AC-1").description()).isEqualTo("""
                a. Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:
                  1. [Selection (one or more): organization-level; mission/business process-level; system-level] \
                access control policy that:
                    (a) Addresses purpose, scope, roles, responsibilities, management commitment, coordination among \
                organizational entities, and compliance; and
                    (b) Is consistent with applicable laws, executive orders, directives, regulations, policies, \
                standards, and guidelines; and
                  2. Procedures to facilitate the implementation of the access control policy and the associated \
                access controls;
                b. Designate an [Assignment: organization-defined official] to manage the development, documentation, \
                and dissemination of the access control policy and procedures; and
                c. Review and update the current access control:
                  1. Policy [Assignment: organization-defined frequency] and following [Assignment: \
                organization-defined events] ; and
                  2. Procedures [Assignment: organization-defined frequency] and following [Assignment: \
                organization-defined events].""");
    }

    @Test
    void a_selection_lists_its_choices_and_the_assignments_inside_them() {
        assertThat(entry(sp80053, "AC-2(2)").description()).isEqualTo("Automatically [Selection: remove; disable] "
                + "temporary and emergency accounts after [Assignment: organization-defined time period].");
        assertThat(entry(sp80053, "AC-7").description()).contains("b. Automatically [Selection (one or more): lock "
                + "the account or node for [Assignment: organization-defined time period]; lock the account or node "
                + "until released by an administrator; delay next logon prompt per [Assignment: organization-defined "
                + "delay algorithm]; notify system administrator; take other [Assignment: organization-defined "
                + "action]] when the maximum number of unsuccessful attempts is exceeded.");
    }

    @Test
    void a_withdrawn_control_names_the_controls_it_moved_to_even_those_later_in_the_file() {
        CatalogEntry incorporated = entry(sp80053, "AC-13");
        assertThat(incorporated.withdrawn()).isTrue();
        assertThat(incorporated.movedTo()).containsExactly("AC-2", "AU-6");
        assertThat(incorporated.description()).isNull();
        // a link into a statement's item names the control the item belongs to
        assertThat(entry(sp80053, "AC-2(10)").movedTo()).containsExactly("AC-2");
        // moved to a control of a family that comes later
        assertThat(entry(sp80053, "CA-3(1)").movedTo()).containsExactly("SC-7(25)");
        assertThat(entry(sp80053, "AC-2").withdrawn()).isFalse();
        assertThat(entry(sp80053, "AC-2").movedTo()).isEmpty();
    }

    @Test
    void guidance_and_assessment_objectives_and_methods_are_kept_as_text() {
        CatalogEntry ac1 = entry(sp80053, "AC-1");
        assertThat(ac1.implementationGuidance()).startsWith("Access control policy and procedures address the "
                + "controls in the AC family").endsWith("does not constitute an organizational policy or procedure.");
        assertThat(ac1.assessmentProcedures())
                .startsWith("AC-01a.\n  AC-01a.[01] an access control policy is developed and documented;\n"
                        + "  AC-01a.[02] the access control policy is disseminated to [Assignment: "
                        + "organization-defined personnel or roles];")
                .contains("AC-01b. the [Assignment: organization-defined official] is designated")
                .endsWith("\n\nAC-01-Examine [SELECT FROM: Access control policy and procedures; system security "
                        + "plan; privacy plan; other relevant documents or records]\n"
                        + "AC-01-Interview [SELECT FROM: Organizational personnel with access control "
                        + "responsibilities; organizational personnel with information security with information "
                        + "security and privacy responsibilities]");
        assertThat(controls(sp80053).stream().filter(c -> !c.withdrawn())).allSatisfy(control -> {
            assertThat(control.description()).as(control.controlId()).isNotBlank();
            assertThat(control.implementationGuidance()).as(control.controlId()).isNotBlank();
            assertThat(control.assessmentProcedures()).as(control.controlId()).isNotBlank();
        });
    }

    @Test
    void no_markup_or_parameter_placeholder_is_left_in_the_texts() {
        assertThat(sp80053.entries()).allSatisfy(entry -> assertThat(String.join("\n", entry.title(),
                String.valueOf(entry.description()), String.valueOf(entry.implementationGuidance()),
                String.valueOf(entry.assessmentProcedures())))
                .as(entry.controlId()).doesNotContain("{{", "**", "](#"));
        // "[AU-2](#au-2)" in the guidance of AC-2(4) is a link that keeps its text
        assertThat(entry(sp80053, "AC-2(4)").implementationGuidance()).contains("in accordance with AU-2 and");
    }

    @Test
    void the_metadata_names_the_framework_and_who_made_it() {
        assertThat(sp80053.name()).isEqualTo("Electronic Version of NIST SP 800-53 Rev 5 Controls and SP 800-53A "
                + "Rev 5 Assessment Procedures");
        assertThat(sp80053.version()).isEqualTo("5.1.1");
        assertThat(sp80053.organization()).isEqualTo("Joint Task Force, Interagency Working Group");
        assertThat(sp80053.publicationDate()).isNull();
        assertThat(sp80053.frameworkType()).isEqualTo("catalog");
    }

    @Test
    void csf_2_0_has_its_6_functions_34_categories_and_185_subcategories() {
        FrameworkCatalog csf = bundledCatalog("nist-csf-2.0");

        assertThat(csf.name()).isEqualTo("NIST Cybersecurity Framework 2.0");
        assertThat(csf.version()).isEqualTo("1.0.0");
        assertThat(csf.publicationDate()).isEqualTo(LocalDate.of(2025, 5, 29));
        assertThat(csf.organization()).isEqualTo("National Institute of Standards and Technology");
        assertThat(csf.entries().stream().filter(CatalogEntry::group).map(CatalogEntry::controlId))
                .containsExactly("GV", "ID", "PR", "DE", "RS", "RC");
        assertThat(controls(csf).stream().filter(c -> c.controlType().equals("category"))).hasSize(34);
        assertThat(controls(csf).stream().filter(c -> c.controlType().equals("subcategory"))).hasSize(185);
        // the DERIVED file (catalog 1.0.0) marks none withdrawn; NIST's JSON 1.2.0 does (see the next test)
        assertThat(csf.entries()).noneMatch(CatalogEntry::withdrawn);
        CatalogEntry category = entry(csf, "GV.OC");
        assertThat(category.parentControlId()).isEqualTo("GV");
        assertThat(category.title()).isEqualTo("Organizational Context");
        CatalogEntry subcategory = entry(csf, "GV.OC-01");
        assertThat(subcategory.parentControlId()).isEqualTo("GV.OC");
        assertThat(subcategory.description())
                .isEqualTo("The organizational mission is understood and informs cybersecurity risk management");
        assertThat(entry(csf, "GV").description()).isEqualTo("The organization's cybersecurity risk management "
                + "strategy, expectations, and policy are established, communicated, and monitored");
    }

    @Test
    void entries_marked_withdrawn_are_withdrawn_whatever_the_order_of_members() {
        FrameworkCatalog csf = testCatalog("csf-withdrawn.json");

        assertThat(csf.entries()).extracting(CatalogEntry::controlId).containsExactly("GV", "GV.RR", "GV.RR-01",
                "ID", "ID.AM", "ID.AM-06", "ID.AM-01", "ID.BE", "GV-MORE", "GV.RR-02", "GV.SC-02");
        assertThat(entry(csf, "GV.RR-01").parentControlId()).isEqualTo("GV.RR");
        assertThat(entry(csf, "GV.RR").parentControlId()).isEqualTo("GV");
        CatalogEntry withdrawn = entry(csf, "ID.AM-06");
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.movedTo()).containsExactly("GV.RR-02", "GV.SC-02");
        assertThat(entry(csf, "ID.BE").withdrawn()).isTrue();
        assertThat(entry(csf, "ID.BE").movedTo()).containsExactly("GV.OC");
        assertThat(entry(csf, "ID.AM-01").withdrawn()).isFalse();
        assertThat(entry(csf, "GV").description())
                .isEqualTo("The organization's cybersecurity risk management strategy is established");
        assertThat(csf.description()).isEqualTo("A small catalog in the shape of NIST's own CSF 2.0 JSON.");
        assertThat(csf.organization()).isEqualTo("National Institute of Standards and Technology");
        assertThat(csf.version()).isEqualTo("1.2.0");
    }

    @Test
    void every_kind_of_parameter_is_inserted_as_nist_prints_it() {
        FrameworkCatalog catalog = testCatalog("parameters.json");

        assertThat(entry(catalog, "XX-1").description()).isEqualTo("""
                Keep records:
                  a. Of [Selection: paper; electronic] by [Assignment: organization-defined personnel or roles];
                  b. Using [Selection (one or more): a ledger; [Assignment: organization-defined tool]] and *literal* \
                stars; and
                    1. Set to 30 days, asking [Assignment: the auditor is named] and [Assignment: never-defined].""");
        assertThat(entry(catalog, "XX-1(1)").description())
                .isEqualTo("Review [Assignment: organization-defined frequency] what XX-1 asks.");
        assertThat(entry(catalog, "XX-1").implementationGuidance())
                .isEqualTo("First paragraph of guidance.\nSecond paragraph, wrapped.");
        assertThat(entry(catalog, "XX-1").assessmentProcedures())
                .isEqualTo("XX-01a. records are kept;\n\nXX-01-Test [SELECT FROM: Mechanisms keeping records; "
                        + "the records]");
    }

    @Test
    void groups_nest_and_a_parent_labelled_after_its_children_is_still_their_parent() {
        FrameworkCatalog catalog = testCatalog("parameters.json");

        assertThat(catalog.entries()).extracting(CatalogEntry::controlId, CatalogEntry::parentControlId,
                CatalogEntry::group).containsExactly(
                        tuple("XX", null, true),
                        tuple("XX-SUB", "XX", true),
                        tuple("XX-1", "XX-SUB", false),
                        tuple("XX-1(1)", "XX-1", false));
        assertThat(catalog.name()).isEqualTo("Parameters and prose");
        assertThat(catalog.organization()).isEqualTo("Example Creator");
    }
}
