package io.aegis.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskReviewPolicyTest {

    private static final Instant LAST_REVIEW = Instant.parse("2026-01-10T09:00:00.123456Z");

    @ParameterizedTest
    @CsvSource({"CRITICAL,30", "HIGH,90", "MEDIUM,180", "LOW,365"})
    void by_default_the_worse_the_risk_the_sooner_the_next_review(RiskLevel level, int days) {
        assertThat(RiskReviewPolicy.defaults().nextReview(level, LAST_REVIEW))
                .isEqualTo(Instant.parse("2026-01-10T09:00:00.123Z").plus(Duration.ofDays(days)));
    }

    @Test
    void an_organisation_may_set_its_own_cadence() {
        RiskReviewPolicy monthly = new RiskReviewPolicy(7, 30, 30, 90);

        assertThat(monthly.interval(RiskLevel.CRITICAL)).isEqualTo(Duration.ofDays(7));
        assertThat(monthly.interval(RiskLevel.MEDIUM)).isEqualTo(Duration.ofDays(30));
        assertThat(monthly.nextReview(RiskLevel.LOW, LAST_REVIEW))
                .isEqualTo(Instant.parse("2026-04-10T09:00:00.123Z"));
    }

    @Test
    void each_interval_lies_between_one_day_and_ten_years() {
        assertThat(new RiskReviewPolicy(1, 1, 1, 3650).lowDays()).isEqualTo(3650);
        assertThatThrownBy(() -> new RiskReviewPolicy(0, 90, 180, 365)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("critical_days"));
        assertThatThrownBy(() -> new RiskReviewPolicy(30, 90, 180, 3651)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("low_days"));
    }

    @Test
    void a_worse_risk_is_never_reviewed_less_often() {
        assertThatThrownBy(() -> new RiskReviewPolicy(90, 30, 180, 365)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("review_cadence_inverted"));
        assertThatThrownBy(() -> new RiskReviewPolicy(30, 90, 400, 365)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_review_is_overdue_only_once_its_date_has_passed() {
        RiskReviewPolicy policy = RiskReviewPolicy.defaults();
        Instant due = policy.nextReview(RiskLevel.HIGH, LAST_REVIEW);

        assertThat(policy.isOverdue(due, due.minusMillis(1))).isFalse();
        assertThat(policy.isOverdue(due, due)).isFalse();
        assertThat(policy.isOverdue(due, due.plusMillis(1))).isTrue();
    }
}
