package io.aegis.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoreTextTest {

    @Test
    void a_whole_score_prints_without_a_fraction() {
        assertThat(ScoreText.of(20.0)).isEqualTo("20");
        assertThat(ScoreText.of(1.0)).isEqualTo("1");
    }

    @Test
    void a_fractional_score_keeps_its_fraction_and_no_trailing_zero() {
        assertThat(ScoreText.of(7.5)).isEqualTo("7.5");
        assertThat(ScoreText.of(0.25)).isEqualTo("0.25");
        assertThat(ScoreText.of(12.125)).isEqualTo("12.125");
    }

    @Test
    void a_huge_whole_score_prints_plainly_never_in_exponent_form() {
        assertThat(ScoreText.of(1e20)).isEqualTo("100000000000000000000");
    }
}
