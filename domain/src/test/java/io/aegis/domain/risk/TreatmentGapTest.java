package io.aegis.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.assessment.ImplementationStatus;
import io.aegis.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TreatmentGapTest {

    private static TreatmentGap.Evidence evidence(TreatmentState state, ImplementationStatus latest) {
        return new TreatmentGap.Evidence(state, Optional.ofNullable(latest));
    }

    /** Every state against every latest status (and none): only a claimed control found not implemented undermines. */
    static Stream<Arguments> everyStateAndStatus() {
        Stream<ImplementationStatus> statuses = Stream.concat(Stream.of((ImplementationStatus) null),
                Arrays.stream(ImplementationStatus.values()));
        return statuses.flatMap(status -> Arrays.stream(TreatmentState.values()).map(state -> Arguments.of(state,
                status, state == TreatmentState.CLAIMED && status == ImplementationStatus.NOT_IMPLEMENTED)));
    }

    @ParameterizedTest(name = "{0} control last found {1}: undermines = {2}")
    @MethodSource("everyStateAndStatus")
    void only_a_claimed_control_last_found_not_implemented_undermines_the_residual_rating(
            TreatmentState state, ImplementationStatus latest, boolean undermines) {
        TreatmentGap.Evidence control = evidence(state, latest);

        assertThat(control.undermines()).isEqualTo(undermines);
        assertThat(TreatmentGap.holds(true, List.of(control))).isEqualTo(undermines);
    }

    @Test
    void a_risk_without_a_residual_rating_has_no_gap_whatever_its_controls() {
        assertThat(TreatmentGap.holds(false, List.of(
                evidence(TreatmentState.CLAIMED, ImplementationStatus.NOT_IMPLEMENTED)))).isFalse();
    }

    @Test
    void one_undermining_control_among_sound_ones_is_a_gap_and_none_at_all_is_not() {
        assertThat(TreatmentGap.holds(true, List.of(
                evidence(TreatmentState.CLAIMED, ImplementationStatus.IMPLEMENTED),
                evidence(TreatmentState.PLANNED, ImplementationStatus.NOT_IMPLEMENTED),
                evidence(TreatmentState.CLAIMED, ImplementationStatus.NOT_IMPLEMENTED)))).isTrue();
        assertThat(TreatmentGap.holds(true, List.of(
                evidence(TreatmentState.CLAIMED, ImplementationStatus.PARTIALLY_IMPLEMENTED),
                evidence(TreatmentState.CLAIMED, null)))).isFalse();
        assertThat(TreatmentGap.holds(true, List.of())).isFalse();
    }

    @Test
    void a_treatment_keeps_its_notes_stripped_and_bounded_and_blank_notes_are_none() {
        ControlTreatment treatment = ControlTreatment.of(TreatmentState.CLAIMED, ControlReduction.BOTH, "  MFA  ");

        assertThat(treatment.notes()).contains("MFA");
        assertThat(treatment.claimed()).isTrue();
        assertThat(ControlTreatment.of(TreatmentState.PLANNED, ControlReduction.IMPACT, " \n").notes()).isEmpty();
        assertThat(ControlTreatment.of(TreatmentState.PLANNED, ControlReduction.IMPACT, "x".repeat(2_000)).claimed())
                .isFalse();
        assertThatThrownBy(() -> ControlTreatment.of(TreatmentState.PLANNED, ControlReduction.IMPACT,
                "x".repeat(2_001))).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("notes"));
    }

    @Test
    void states_and_reductions_are_read_by_their_exact_keys() {
        assertThat(TreatmentState.parse("treatment_state", "claimed")).isEqualTo(TreatmentState.CLAIMED);
        assertThat(ControlReduction.parse("reduces", "likelihood")).isEqualTo(ControlReduction.LIKELIHOOD);
        assertThatThrownBy(() -> TreatmentState.parse("treatment_state", "CLAIMED"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ControlReduction.parse("reduces", "both ")).isInstanceOf(InvalidValueException.class);
    }
}
