package io.aegis.domain.framework;

import static io.aegis.domain.framework.Controls.control;
import static io.aegis.domain.framework.Controls.group;
import static io.aegis.domain.framework.Controls.retitled;
import static io.aegis.domain.framework.Controls.withdrawnTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.aegis.domain.framework.ControlChange.Kind;
import io.aegis.domain.shared.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogComparisonTest {

    private static final ControlDefinition AC = group("AC");
    private static final ControlDefinition AC_1 = control("AC-1", "AC");
    private static final ControlDefinition AC_2 = control("AC-2", "AC");
    private static final ControlDefinition AC_2_1 = control("AC-2(1)", "AC-2");

    @Test
    void everything_is_added_to_a_framework_without_controls_in_the_catalogs_order() {
        CatalogComparison comparison = CatalogComparison.of(List.of(), List.of(AC, AC_1, AC_2));

        assertThat(comparison.changes()).extracting(ControlChange::kind).containsOnly(Kind.ADDED);
        assertThat(comparison.changes()).extracting(change -> change.label().value()).containsExactly("AC", "AC-1",
                "AC-2");
        assertThat(comparison.changesNothing()).isFalse();
    }

    @Test
    void a_control_the_catalog_adds_withdrawn_is_added_withdrawn() {
        CatalogComparison comparison = CatalogComparison.of(List.of(), List.of(AC, withdrawnTo(AC_1, "AC-2"), AC_2));

        assertThat(comparison.of(Kind.ADDED)).hasSize(3);
        assertThat(comparison.changes().get(1).after().active()).isFalse();
    }

    @Test
    void the_same_catalog_again_changes_nothing() {
        List<ControlDefinition> catalog = List.of(AC, AC_1, AC_2, AC_2_1, withdrawnTo(control("AC-3", "AC"), "AC-2"));

        CatalogComparison comparison = CatalogComparison.of(catalog, catalog);

        assertThat(comparison.changesNothing()).isTrue();
        assertThat(comparison.count(Kind.UNCHANGED)).isEqualTo(5);
        assertThat(comparison.changes()).allSatisfy(change -> assertThat(change.fields()).isEmpty());
    }

    @Test
    void a_changed_control_names_the_fields_that_differ() {
        ControlDefinition moved = new ControlDefinition(AC_2_1.label(), AC_1.label(), false, "enhancement",
                "Automated management", "the statement", "guidance", "objectives", false, List.of());

        CatalogComparison comparison = CatalogComparison.of(List.of(AC, AC_1, AC_2, AC_2_1),
                List.of(AC, AC_1, retitled(AC_2, "Account management"), moved));

        assertThat(comparison.of(Kind.CHANGED)).extracting(change -> change.label().value(), ControlChange::fields)
                .containsExactly(
                        tuple("AC-2", List.of("title")),
                        tuple("AC-2(1)", List.of("parent_control_id", "control_type",
                                "title", "description", "implementation_guidance", "assessment_procedures")));
        assertThat(comparison.count(Kind.UNCHANGED)).isEqualTo(2);
    }

    @Test
    void a_control_withdrawn_in_the_new_catalog_is_withdrawn_with_where_it_moved() {
        CatalogComparison comparison = CatalogComparison.of(List.of(AC, AC_1, AC_2),
                List.of(AC, withdrawnTo(AC_1, "AC-2"), AC_2));

        ControlChange withdrawn = comparison.of(Kind.WITHDRAWN).get(0);
        assertThat(withdrawn.label().value()).isEqualTo("AC-1");
        assertThat(withdrawn.fields()).containsExactly("is_active", "moved_to");
        assertThat(withdrawn.after().movedTo()).extracting(ControlLabel::value).containsExactly("AC-2");
    }

    @Test
    void a_control_absent_from_the_new_catalog_is_kept_inactive_after_the_catalogs_controls() {
        CatalogComparison comparison = CatalogComparison.of(List.of(AC, AC_1, AC_2, AC_2_1), List.of(AC, AC_1, AC_2));

        assertThat(comparison.changes()).extracting(change -> change.label().value()).containsExactly("AC", "AC-1",
                "AC-2", "AC-2(1)");
        ControlChange absent = comparison.changes().get(3);
        assertThat(absent.kind()).isEqualTo(Kind.WITHDRAWN);
        assertThat(absent.fields()).containsExactly("is_active");
        assertThat(absent.after()).isEqualTo(AC_2_1.withdraw());
    }

    @Test
    void a_control_already_withdrawn_and_still_absent_is_unchanged() {
        CatalogComparison comparison = CatalogComparison.of(List.of(AC, AC_1, AC_2, AC_2_1.withdraw()),
                List.of(AC, AC_1, AC_2));

        assertThat(comparison.changesNothing()).isTrue();
    }

    @Test
    void a_withdrawn_control_the_catalog_reinstates_is_changed() {
        CatalogComparison comparison = CatalogComparison.of(List.of(AC, AC_1.withdraw()), List.of(AC, AC_1));

        assertThat(comparison.of(Kind.CHANGED)).singleElement()
                .satisfies(change -> assertThat(change.fields()).containsExactly("is_active"));
    }

    @Test
    void a_new_catalog_may_place_its_controls_under_controls_it_no_longer_names() {
        CatalogComparison comparison = CatalogComparison.of(List.of(AC, AC_1), List.of(control("AC-1(1)", "AC-1")));

        assertThat(comparison.count(Kind.WITHDRAWN)).isEqualTo(2);
        assertThat(comparison.count(Kind.ADDED)).isEqualTo(1);
    }

    @Test
    void a_catalog_whose_controls_form_a_cycle_is_refused() {
        assertThatThrownBy(() -> CatalogComparison.of(List.of(AC, AC_1),
                List.of(control("AC", "AC-1"), control("AC-1", "AC"))))
                .isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("control_cycle");
    }

    @Test
    void a_catalog_naming_a_control_twice_is_refused() {
        assertThatThrownBy(() -> CatalogComparison.of(List.of(), List.of(AC, AC_1, retitled(AC_1, "again"))))
                .isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("duplicate_control_id");
    }

    @Test
    void a_catalog_placing_a_control_under_an_unknown_one_is_refused() {
        assertThatThrownBy(() -> CatalogComparison.of(List.of(AC), List.of(AC, control("AU-1", "AU"))))
                .isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("unknown_parent");
    }
}
