package io.aegis.domain.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.framework.FrameworkId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static final Instant NOW = Instant.parse("2026-12-06T19:00:00.123456Z");
    private static final AssessmentScore SCORE = AssessmentScoring.score(List.of(
            new EvaluationTally(ImplementationStatus.IMPLEMENTED, Optional.empty(), 3),
            new EvaluationTally(ImplementationStatus.NOT_IMPLEMENTED, Optional.empty(), 1)));

    @Test
    void a_new_assessment_is_planned_without_a_score() {
        Assessment planned = planned();

        assertThat(planned.status()).isEqualTo(AssessmentStatus.PLANNING);
        assertThat(planned.outcome()).isEmpty();
        assertThat(planned.id()).isEmpty();
        assertThat(planned.createdAt()).isEqualTo(Instant.parse("2026-12-06T19:00:00.123Z"));
    }

    @Test
    void completing_stores_the_score_and_rating_and_nothing_before_does() {
        Assessment underReview = planned().transitionTo(AssessmentStatus.IN_PROGRESS, SCORE, NOW)
                .transitionTo(AssessmentStatus.UNDER_REVIEW, SCORE, NOW);
        Assessment completed = underReview.transitionTo(AssessmentStatus.COMPLETED, SCORE, NOW);

        assertThat(underReview.outcome()).isEmpty();
        assertThat(completed.outcome()).contains(new AssessmentOutcome(new BigDecimal("75.00"),
                AssessmentRiskRating.MEDIUM));
        assertThat(completed.version()).isAfter(underReview.version());
    }

    @Test
    void completing_with_nothing_assessed_stores_no_score() {
        Assessment completed = planned().transitionTo(AssessmentStatus.IN_PROGRESS, SCORE, NOW)
                .transitionTo(AssessmentStatus.UNDER_REVIEW, SCORE, NOW)
                .transitionTo(AssessmentStatus.COMPLETED, AssessmentScoring.score(List.of()), NOW);

        assertThat(completed.outcome()).isEmpty();
    }

    @Test
    void evaluations_are_refused_under_review_and_after() {
        Assessment underReview = planned().transitionTo(AssessmentStatus.IN_PROGRESS, SCORE, NOW)
                .transitionTo(AssessmentStatus.UNDER_REVIEW, SCORE, NOW);

        planned().requireEvaluable();
        assertThatThrownBy(underReview::requireEvaluable).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", "evaluations_closed");
    }

    @Test
    void a_completed_or_cancelled_assessment_is_not_revised() {
        Assessment cancelled = planned().transitionTo(AssessmentStatus.CANCELLED, SCORE, NOW);

        assertThatThrownBy(() -> cancelled.revise(new AssessmentName("other"), details(), NOW))
                .isInstanceOf(RuleViolationException.class).hasFieldOrPropertyWithValue("code", "assessment_closed");
        assertThat(planned().revise(new AssessmentName("other"), details(), NOW).name().value()).isEqualTo("other");
    }

    @Test
    void an_assessment_does_not_end_before_it_starts() {
        assertThatThrownBy(() -> new AssessmentDetails("internal", null, null, null, NOW, NOW.minusSeconds(1), null,
                null, null, null, null)).isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("field", "end_date");
    }

    @Test
    void a_maturity_level_is_1_to_5() {
        assertThat(new MaturityLevel(1).value()).isEqualTo(1);
        assertThat(new MaturityLevel(5).value()).isEqualTo(5);
        assertThatThrownBy(() -> new MaturityLevel(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new MaturityLevel(6)).isInstanceOf(InvalidValueException.class);
    }

    private static Assessment planned() {
        return Assessment.plan(new AssessmentName("Q4 800-53 moderate"), new FrameworkId(1), Optional.empty(),
                Optional.empty(), details(), new UserId(1), NOW);
    }

    private static AssessmentDetails details() {
        return new AssessmentDetails("internal", null, null, null, null, null, null, null, null, null, null);
    }
}
