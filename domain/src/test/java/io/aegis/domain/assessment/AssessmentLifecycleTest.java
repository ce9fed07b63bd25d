package io.aegis.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentLifecycleTest {

    /** The whole workflow written out by hand, independently of the implementation's table. */
    private static final Set<String> ALLOWED = Set.of(
            "planning>in_progress", "planning>cancelled",
            "in_progress>under_review", "in_progress>cancelled",
            "under_review>completed", "under_review>in_progress", "under_review>cancelled");

    static Stream<Arguments> everyPair() {
        return Arrays.stream(AssessmentStatus.values())
                .flatMap(from -> Arrays.stream(AssessmentStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void every_move_is_allowed_or_refused_with_the_legal_ones(AssessmentStatus from, AssessmentStatus to) {
        if (ALLOWED.contains(from.key() + ">" + to.key())) {
            AssessmentLifecycle.requireMove(from, to);
            assertThat(AssessmentLifecycle.allowedFrom(from)).contains(to);
        } else {
            assertThatThrownBy(() -> AssessmentLifecycle.requireMove(from, to))
                    .isInstanceOfSatisfying(IllegalAssessmentTransitionException.class, refused -> {
                        assertThat(refused.code()).isEqualTo("illegal_transition");
                        assertThat(refused.allowed()).isEqualTo(AssessmentLifecycle.allowedFrom(from));
                        assertThat(refused.details()).containsKey("allowed");
                    });
        }
    }

    @ParameterizedTest
    @EnumSource(value = AssessmentStatus.class, names = {"COMPLETED"}, mode = EnumSource.Mode.EXCLUDE)
    void cancelling_is_possible_from_anywhere_but_completed_and_cancelled(AssessmentStatus from) {
        assertThat(AssessmentLifecycle.allowedFrom(from).contains(AssessmentStatus.CANCELLED))
                .isEqualTo(from != AssessmentStatus.CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(value = AssessmentStatus.class, names = {"COMPLETED", "CANCELLED"})
    void completed_and_cancelled_are_final(AssessmentStatus status) {
        assertThat(AssessmentLifecycle.allowedFrom(status)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AssessmentStatus.class)
    void evaluations_are_accepted_only_while_planning_or_in_progress(AssessmentStatus status) {
        assertThat(status.acceptsEvaluations())
                .isEqualTo(status == AssessmentStatus.PLANNING || status == AssessmentStatus.IN_PROGRESS);
    }
}
