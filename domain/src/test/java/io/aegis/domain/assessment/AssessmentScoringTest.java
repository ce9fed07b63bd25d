package io.aegis.domain.assessment;

import static io.aegis.domain.assessment.ImplementationStatus.IMPLEMENTED;
import static io.aegis.domain.assessment.ImplementationStatus.NOT_APPLICABLE;
import static io.aegis.domain.assessment.ImplementationStatus.NOT_ASSESSED;
import static io.aegis.domain.assessment.ImplementationStatus.NOT_IMPLEMENTED;
import static io.aegis.domain.assessment.ImplementationStatus.PARTIALLY_IMPLEMENTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.aegis.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class AssessmentScoringTest {

    /** Every credit written out by hand: status credit times effectiveness factor, unrated = 1. */
    static Stream<Arguments> everyScoredCombination() {
        return Stream.of(
                Arguments.of(IMPLEMENTED, null, "1"),
                Arguments.of(IMPLEMENTED, Effectiveness.EFFECTIVE, "1"),
                Arguments.of(IMPLEMENTED, Effectiveness.PARTIALLY_EFFECTIVE, "0.75"),
                Arguments.of(IMPLEMENTED, Effectiveness.INEFFECTIVE, "0.25"),
                Arguments.of(PARTIALLY_IMPLEMENTED, null, "0.5"),
                Arguments.of(PARTIALLY_IMPLEMENTED, Effectiveness.EFFECTIVE, "0.5"),
                Arguments.of(PARTIALLY_IMPLEMENTED, Effectiveness.PARTIALLY_EFFECTIVE, "0.375"),
                Arguments.of(PARTIALLY_IMPLEMENTED, Effectiveness.INEFFECTIVE, "0.125"),
                Arguments.of(NOT_IMPLEMENTED, null, "0"),
                Arguments.of(NOT_IMPLEMENTED, Effectiveness.EFFECTIVE, "0"),
                Arguments.of(NOT_IMPLEMENTED, Effectiveness.PARTIALLY_EFFECTIVE, "0"),
                Arguments.of(NOT_IMPLEMENTED, Effectiveness.INEFFECTIVE, "0"));
    }

    @ParameterizedTest(name = "{0} rated {1} earns {2}")
    @MethodSource("everyScoredCombination")
    void one_assessed_control_scores_its_credit(ImplementationStatus status, Effectiveness rating, String credit) {
        AssessmentScore score = AssessmentScoring.scoreEvaluations(List.of(evaluation(status, rating)));

        BigDecimal expected = new BigDecimal(credit).multiply(BigDecimal.valueOf(100)).setScale(2);
        assertThat(score.overallScore()).contains(expected);
        assertThat(score.terms()).singleElement().satisfies(term -> {
            assertThat(term.creditPerControl()).isEqualByComparingTo(credit);
            assertThat(term.subtotal()).isEqualByComparingTo(credit);
            assertThat(term.controls()).isEqualTo(1);
            assertThat(term.effectiveness()).isEqualTo(Optional.ofNullable(rating));
        });
        assertThat(score.assessed()).isEqualTo(1);
        assertThat(score.applicable()).isEqualTo(1);
        assertThat(score.coverage()).contains(new BigDecimal("1.0000"));
        assertThat(score.riskRating()).contains(AssessmentRiskRating.of(expected));
    }

    @ParameterizedTest(name = "{0} rated {1}")
    @MethodSource("everyScoredCombination")
    void every_combination_beside_an_implemented_control_averages_the_two(ImplementationStatus status,
                                                                         Effectiveness rating, String credit) {
        AssessmentScore score = AssessmentScoring.scoreEvaluations(
                List.of(evaluation(IMPLEMENTED, null), evaluation(status, rating)));

        BigDecimal expected = BigDecimal.ONE.add(new BigDecimal(credit)).multiply(BigDecimal.valueOf(50))
                .setScale(2);
        assertThat(score.overallScore()).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"NOT_ASSESSED", "NOT_APPLICABLE"})
    void a_control_not_assessed_or_not_applicable_cannot_be_rated(ImplementationStatus status) {
        for (Effectiveness rating : Effectiveness.values()) {
            assertThatThrownBy(() -> evaluation(status, rating)).isInstanceOf(RuleViolationException.class)
                    .hasFieldOrPropertyWithValue("code", "nothing_to_rate");
        }
    }

    @Test
    void nothing_evaluated_has_no_score_no_rating_and_no_coverage() {
        AssessmentScore score = AssessmentScoring.score(List.of());

        assertThat(score.overallScore()).isEmpty();
        assertThat(score.riskRating()).isEmpty();
        assertThat(score.coverage()).isEmpty();
        assertThat(score.terms()).isEmpty();
        assertThat(score.credits()).isEqualByComparingTo("0");
        assertThat(score.counts()).containsOnlyKeys(ImplementationStatus.values()).allSatisfy((status, count) ->
                assertThat(count).isZero());
    }

    @Test
    void controls_all_not_assessed_have_no_score_and_zero_coverage() {
        AssessmentScore score = AssessmentScoring.score(List.of(tally(NOT_ASSESSED, null, 287)));

        assertThat(score.overallScore()).isEmpty();
        assertThat(score.riskRating()).isEmpty();
        assertThat(score.applicable()).isEqualTo(287);
        assertThat(score.assessed()).isZero();
        assertThat(score.coverage()).contains(new BigDecimal("0.0000"));
    }

    @Test
    void controls_all_not_applicable_have_no_score_and_no_coverage() {
        AssessmentScore score = AssessmentScoring.score(List.of(tally(NOT_APPLICABLE, null, 4)));

        assertThat(score.overallScore()).isEmpty();
        assertThat(score.applicable()).isZero();
        assertThat(score.coverage()).isEmpty();
        assertThat(score.counts()).containsEntry(NOT_APPLICABLE, 4L);
    }

    @Test
    void not_applicable_controls_change_neither_the_score_nor_the_coverage() {
        List<EvaluationTally> base = List.of(tally(IMPLEMENTED, null, 3), tally(NOT_IMPLEMENTED, null, 1),
                tally(NOT_ASSESSED, null, 4));
        List<EvaluationTally> withExcluded = new ArrayList<>(base);
        withExcluded.add(tally(NOT_APPLICABLE, null, 50));

        AssessmentScore without = AssessmentScoring.score(base);
        AssessmentScore with = AssessmentScoring.score(withExcluded);

        assertThat(with.overallScore()).isEqualTo(without.overallScore()).contains(new BigDecimal("75.00"));
        assertThat(with.coverage()).isEqualTo(without.coverage()).contains(new BigDecimal("0.5000"));
        assertThat(with.terms()).isEqualTo(without.terms());
    }

    @Test
    void not_assessed_controls_lower_the_coverage_not_the_score() {
        AssessmentScore score = AssessmentScoring.score(List.of(tally(IMPLEMENTED, Effectiveness.EFFECTIVE, 1),
                tally(NOT_ASSESSED, null, 2)));

        assertThat(score.overallScore()).contains(new BigDecimal("100.00"));
        assertThat(score.coverage()).contains(new BigDecimal("0.3333"));
    }

    @Test
    void the_explanation_counts_every_status_and_lists_each_term_in_a_stable_order() {
        AssessmentScore score = AssessmentScoring.score(List.of(
                tally(PARTIALLY_IMPLEMENTED, Effectiveness.INEFFECTIVE, 2),
                tally(IMPLEMENTED, Effectiveness.PARTIALLY_EFFECTIVE, 4),
                tally(IMPLEMENTED, null, 1),
                tally(NOT_IMPLEMENTED, null, 3),
                tally(NOT_APPLICABLE, null, 5),
                tally(NOT_ASSESSED, null, 7),
                tally(IMPLEMENTED, Effectiveness.PARTIALLY_EFFECTIVE, 2)));

        assertThat(score.counts()).isEqualTo(Map.of(NOT_ASSESSED, 7L, NOT_IMPLEMENTED, 3L,
                PARTIALLY_IMPLEMENTED, 2L, IMPLEMENTED, 7L, NOT_APPLICABLE, 5L));
        assertThat(score.applicable()).isEqualTo(19);
        assertThat(score.assessed()).isEqualTo(12);
        assertThat(score.terms()).extracting(ScoreTerm::status, ScoreTerm::effectiveness, ScoreTerm::controls)
                .containsExactly(
                        tuple(NOT_IMPLEMENTED, Optional.empty(), 3L),
                        tuple(PARTIALLY_IMPLEMENTED,
                                Optional.of(Effectiveness.INEFFECTIVE), 2L),
                        tuple(IMPLEMENTED, Optional.empty(), 1L),
                        tuple(IMPLEMENTED,
                                Optional.of(Effectiveness.PARTIALLY_EFFECTIVE), 6L));
        // 0 + 2 x 0.125 + 1 + 6 x 0.75 = 5.75 over 12 controls
        assertThat(score.credits()).isEqualByComparingTo("5.75");
        assertThat(score.overallScore()).contains(new BigDecimal("47.92"));
        assertThat(score.riskRating()).contains(AssessmentRiskRating.CRITICAL);
        assertThat(score.coverage()).contains(new BigDecimal("0.6316"));
    }

    @ParameterizedTest(name = "{0} implemented of {1} assessed: {2}")
    @CsvSource({
            "1, 3, 33.33",   // 33.333...
            "2, 3, 66.67",   // 66.666... rounds up
            "1, 8, 12.50",
            "1, 16, 6.25",
            "1, 32, 3.13",   // 3.125 rounds half up
            "1, 7, 14.29",
            "0, 5, 0.00",
            "5, 5, 100.00",
            "1006, 1007, 99.90"})
    void the_score_rounds_half_up_to_two_decimals(long implemented, long assessed, String expected) {
        AssessmentScore score = AssessmentScoring.score(List.of(tally(IMPLEMENTED, null, implemented),
                tally(NOT_IMPLEMENTED, null, assessed - implemented)));

        assertThat(score.overallScore()).contains(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "100.00, LOW", "90.00, LOW", "89.99, MEDIUM", "75.00, MEDIUM", "74.99, HIGH",
            "50.00, HIGH", "49.99, CRITICAL", "0.00, CRITICAL"})
    void the_risk_rating_bands_include_their_lower_bound(String score, AssessmentRiskRating rating) {
        assertThat(AssessmentRiskRating.of(new BigDecimal(score))).isEqualTo(rating);
    }

    @Test
    void the_rating_is_the_band_of_the_rounded_score() {
        // 8997 implemented of 9998: 89.9879...% rounds to 89.99; 8999.5 would be needed for 90
        AssessmentScore justBelow = AssessmentScoring.score(List.of(tally(IMPLEMENTED, null, 8997),
                tally(NOT_IMPLEMENTED, null, 1001)));
        // 17999 of 20000 implemented, 1 partially: 89.9975% rounds to 90.00, rated low
        AssessmentScore roundedUp = AssessmentScoring.score(List.of(tally(IMPLEMENTED, null, 17999),
                tally(PARTIALLY_IMPLEMENTED, null, 1), tally(NOT_IMPLEMENTED, null, 2000)));

        assertThat(justBelow.overallScore()).contains(new BigDecimal("89.99"));
        assertThat(justBelow.riskRating()).contains(AssessmentRiskRating.MEDIUM);
        assertThat(roundedUp.overallScore()).contains(new BigDecimal("90.00"));
        assertThat(roundedUp.riskRating()).contains(AssessmentRiskRating.LOW);
    }

    @Test
    void tallies_and_single_evaluations_in_any_order_give_the_same_score() {
        Random random = new Random(13);
        List<ControlEvaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ImplementationStatus status = ImplementationStatus.values()[random.nextInt(5)];
            Effectiveness rating = status.assessed() && random.nextBoolean()
                    ? Effectiveness.values()[random.nextInt(3)] : null;
            evaluations.add(evaluation(status, rating));
        }
        AssessmentScore first = AssessmentScoring.scoreEvaluations(evaluations);
        Collections.shuffle(evaluations, random);
        AssessmentScore shuffled = AssessmentScoring.scoreEvaluations(evaluations);

        assertThat(shuffled).isEqualTo(first);
        BigDecimal expectedCredits = evaluations.stream().filter(evaluation -> evaluation.status().assessed())
                .map(evaluation -> evaluation.status().credit().orElseThrow()
                        .multiply(evaluation.rating().map(Effectiveness::factor).orElse(BigDecimal.ONE)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(first.credits()).isEqualByComparingTo(expectedCredits);
        assertThat(first.overallScore().orElseThrow()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    }

    @Test
    void a_score_stays_within_0_and_100_for_every_mix_of_two_kinds() {
        List<EvaluationTally> kinds = Arrays.stream(ImplementationStatus.values()).filter(ImplementationStatus::assessed)
                .flatMap(status -> Stream.concat(Stream.of(tally(status, null, 1)),
                        Arrays.stream(Effectiveness.values()).map(rating -> tally(status, rating, 1))))
                .toList();
        for (EvaluationTally a : kinds) {
            for (EvaluationTally b : kinds) {
                BigDecimal score = AssessmentScoring.score(List.of(a, b)).overallScore().orElseThrow();
                assertThat(score).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
            }
        }
    }

    private static ControlEvaluation evaluation(ImplementationStatus status, Effectiveness rating) {
        return new ControlEvaluation(status, rating, null, null, null, null, null, null);
    }

    private static EvaluationTally tally(ImplementationStatus status, Effectiveness rating, long controls) {
        return new EvaluationTally(status, Optional.ofNullable(rating), controls);
    }
}
