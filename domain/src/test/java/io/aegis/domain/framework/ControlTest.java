package io.aegis.domain.framework;

import static io.aegis.domain.framework.Controls.control;
import static io.aegis.domain.framework.Controls.retitled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-06T09:00:00Z");
    private static final FrameworkId FRAMEWORK = new FrameworkId(3);

    @Test
    void a_label_is_trimmed_and_at_most_fifty_characters() {
        assertThat(new ControlLabel(" AC-2(1) ").value()).isEqualTo("AC-2(1)");
        assertThatThrownBy(() -> new ControlLabel(" ")).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("control_id");
        assertThatThrownBy(() -> new ControlLabel("x".repeat(51))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_definition_needs_a_title_and_reads_blank_texts_as_absent() {
        ControlDefinition definition = new ControlDefinition(new ControlLabel("AC-1"), null, false, " ", " Policy ",
                "", null, "\n", false, List.of());

        assertThat(definition.title()).isEqualTo("Policy");
        assertThat(definition.controlType()).isNull();
        assertThat(definition.description()).isNull();
        assertThat(definition.assessmentProcedures()).isNull();
        assertThat(definition.parentLabel()).isEmpty();
        assertThatThrownBy(() -> new ControlDefinition(new ControlLabel("AC-1"), null, false, null, " ", null, null,
                null, false, List.of())).isInstanceOf(InvalidValueException.class).extracting("field")
                .isEqualTo("title");
        assertThatThrownBy(() -> new ControlDefinition(new ControlLabel("AC-1"), null, false, null, "t".repeat(501),
                null, null, null, false, List.of())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void withdrawing_keeps_everything_but_activity() {
        ControlDefinition active = control("AC-1", "AC");

        assertThat(active.withdraw().active()).isFalse();
        assertThat(active.changedFields(active.withdraw())).containsExactly("is_active");
    }

    @Test
    void revising_without_a_difference_is_no_change_and_a_new_place_or_content_a_new_version() {
        Control stored = Control.restore(new ControlId(9), FRAMEWORK, control("AC-1", "AC"), 1, T0, T0);

        assertThat(stored.revise(control("AC-1", "AC"), 1, T1)).isSameAs(stored);
        assertThat(stored.revise(control("AC-1", "AC"), 2, T1).position()).isEqualTo(2);
        Control retitled = stored.revise(retitled(control("AC-1", "AC"), "new"), 1, T1);
        assertThat(retitled.definition().title()).isEqualTo("new");
        assertThat(retitled.version()).isEqualTo(T1);
        assertThat(retitled.id()).contains(new ControlId(9));
    }

    @Test
    void an_added_control_belongs_to_its_framework_and_has_no_id_until_stored() {
        Control added = Control.add(FRAMEWORK, control("AC-1", null), 0, T0);

        assertThat(added.id()).isEmpty();
        assertThat(added.framework()).isEqualTo(FRAMEWORK);
        assertThat(added.label().value()).isEqualTo("AC-1");
    }
}
