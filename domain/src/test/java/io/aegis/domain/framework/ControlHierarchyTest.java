package io.aegis.domain.framework;

import static io.aegis.domain.framework.Controls.control;
import static io.aegis.domain.framework.Controls.group;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.RuleViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlHierarchyTest {

    @Test
    void a_forest_in_any_order_is_accepted() {
        assertThatCode(() -> ControlHierarchy.require(List.of(control("AC-2(1)", "AC-2"), control("AC-2", "AC"),
                group("AC"), group("AU"), control("AU-1", "AU")))).doesNotThrowAnyException();
        assertThatCode(() -> ControlHierarchy.require(List.of())).doesNotThrowAnyException();
    }

    @Test
    void a_control_id_given_twice_is_refused() {
        assertThatThrownBy(() -> ControlHierarchy.require(List.of(group("AC"), control("AC-1", "AC"),
                control("AC-1", null))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("AC-1")
                .extracting("code").isEqualTo("duplicate_control_id");
    }

    @Test
    void a_parent_that_is_no_control_of_the_framework_is_refused() {
        assertThatThrownBy(() -> ControlHierarchy.require(List.of(control("AC-1", "AC"))))
                .isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("unknown_parent");
    }

    @Test
    void a_control_that_is_its_own_parent_is_refused() {
        assertThatThrownBy(() -> ControlHierarchy.require(List.of(control("AC-1", "AC-1"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("AC-1 would be its own ancestor")
                .extracting("code").isEqualTo("control_cycle");
    }

    @Test
    void a_longer_cycle_is_refused_even_below_a_rooted_branch() {
        assertThatThrownBy(() -> ControlHierarchy.require(List.of(group("AC"), control("AC-1", "AC"),
                control("X", "Y"), control("Y", "Z"), control("Z", "X"), control("W", "X"))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageMatching("control [XYZ] would be its own ancestor: .* in .* in .* in [XYZ]")
                .extracting("code").isEqualTo("control_cycle");
    }
}
