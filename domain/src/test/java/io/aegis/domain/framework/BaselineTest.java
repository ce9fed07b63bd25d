package io.aegis.domain.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");
    private static final FrameworkId FRAMEWORK = new FrameworkId(1);

    @Test
    void a_baseline_selects_each_control_once_in_the_profiles_order() {
        Baseline baseline = Baseline.select(FRAMEWORK, " MODERATE ", "5.1", List.of(new ControlId(3),
                new ControlId(1), new ControlId(3)), T0);

        assertThat(baseline.name()).isEqualTo("MODERATE");
        assertThat(baseline.controls()).containsExactly(new ControlId(3), new ControlId(1));
        assertThat(baseline.id()).isEmpty();
    }

    @Test
    void a_baseline_selecting_nothing_is_refused() {
        assertThatThrownBy(() -> Baseline.select(FRAMEWORK, "LOW", null, List.of(), T0))
                .isInstanceOf(RuleViolationException.class)
                .extracting("code").isEqualTo("no_baseline_controls");
        Baseline stored = Baseline.restore(new BaselineId(2), FRAMEWORK, "LOW", null, List.of(new ControlId(1)), T0,
                null);
        assertThatThrownBy(() -> stored.reselect("2", List.of(), T0)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void reselecting_replaces_the_selection_and_version() {
        Baseline stored = Baseline.restore(new BaselineId(2), FRAMEWORK, "LOW", null, List.of(new ControlId(1)), T0,
                null);

        Baseline again = stored.reselect("5.2", List.of(new ControlId(4)), T0.plusSeconds(1));

        assertThat(again.controls()).containsExactly(new ControlId(4));
        assertThat(again.profileVersion()).contains("5.2");
        assertThat(again.version()).isEqualTo(T0.plusSeconds(1));
        assertThat(again.id()).contains(new BaselineId(2));
        assertThat(again.reselect("5.2", List.of(new ControlId(4), new ControlId(4)), T0.plusSeconds(2)))
                .isSameAs(again);
    }
}
