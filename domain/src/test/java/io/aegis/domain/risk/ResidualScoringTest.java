package io.aegis.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class ResidualScoringTest {

    private static final RiskScore INHERENT = new RiskScore(12, RiskLevel.HIGH);

    @Test
    void a_residual_score_at_or_below_the_inherent_one_stands() {
        assertThatCode(() -> ResidualScoring.requireNotAbove(INHERENT, new RiskScore(12, RiskLevel.HIGH)))
                .doesNotThrowAnyException();
        assertThatCode(() -> ResidualScoring.requireNotAbove(INHERENT, new RiskScore(4, RiskLevel.LOW)))
                .doesNotThrowAnyException();
    }

    @Test
    void a_residual_score_above_the_inherent_one_is_refused() {
        assertThatThrownBy(() -> ResidualScoring.requireNotAbove(INHERENT, new RiskScore(12.5, RiskLevel.HIGH)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("12.5").hasMessageContaining("12.0")
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo("residual_above_inherent"));
    }

    @Test
    void a_score_is_a_positive_number_with_a_level() {
        assertThatThrownBy(() -> new RiskScore(0, RiskLevel.LOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RiskScore(3, null)).isInstanceOf(InvalidValueException.class);
    }
}
