package io.aegis.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.asset.AssetId;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.CustomFields;
import io.aegis.domain.shared.HexColor;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.Labels;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RiskTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.123Z");
    private static final RiskReviewPolicy POLICY = RiskReviewPolicy.defaults();
    private static final UserId OWNER = new UserId(7);
    private static final OrgUnitId UNIT = new OrgUnitId(3);
    private static final RiskMatrix STANDARD = RiskMatrix.standard5x5(NOW).identifiedAs(new RiskMatrixId(1));

    /** A product matrix of any size; its bands rate every product up to 6 x 6. */
    static RiskMatrix productMatrix(long id, int likelihoods, int impacts) {
        List<List<Double>> scores = new ArrayList<>();
        for (int l = 1; l <= likelihoods; l++) {
            List<Double> row = new ArrayList<>();
            for (int i = 1; i <= impacts; i++) {
                row.add((double) l * i);
            }
            scores.add(row);
        }
        List<RiskBand> bands = List.of(
                new RiskBand(RiskLevel.LOW, 1, 4, new HexColor("#00FF00")),
                new RiskBand(RiskLevel.MEDIUM, 5, 9, new HexColor("#FFFF00")),
                new RiskBand(RiskLevel.HIGH, 10, 16, new HexColor("#FF8800")),
                new RiskBand(RiskLevel.CRITICAL, 17, 36, new HexColor("#FF0000")));
        return RiskMatrix.define(new RiskMatrixName(likelihoods + "x" + impacts), Optional.empty(),
                new MatrixScoring(levels(likelihoods), levels(impacts), scores, bands), OrgUnitId.ROOT, false, NOW)
                .identifiedAs(new RiskMatrixId(id));
    }

    private static List<MatrixLevel> levels(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(value -> new MatrixLevel(value, "Level " + value, "")).toList();
    }

    private static RiskFacts facts(Optional<UserId> owner, String rationale) {
        return new RiskFacts(new RiskTitle("Ransomware on the file servers"), RiskCategory.TECHNICAL,
                RiskDetails.none(), new RiskTreatment(TreatmentStrategy.ACCEPT, rationale, null), AiAssessment.none(),
                Optional.empty(), owner);
    }

    private static Risk stored(RiskMatrix matrix, RiskEstimate estimate) {
        return Risk.identify(facts(Optional.of(OWNER), "insured"), UNIT, matrix, estimate, Optional.empty(),
                Optional.of(OWNER), POLICY, NOW).identifiedAs(new RiskId(42));
    }

    private static Risk stored(RiskEstimate estimate) {
        return stored(STANDARD, estimate);
    }

    // ---- scoring ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"3,3", "3,5", "4,4", "5,5", "5,3", "6,6", "6,4"})
    void every_cell_of_every_matrix_size_rates_as_the_matrix_says(int likelihoods, int impacts) {
        RiskMatrix matrix = productMatrix(9, likelihoods, impacts);
        for (int l = 1; l <= likelihoods; l++) {
            for (int i = 1; i <= impacts; i++) {
                Risk risk = stored(matrix, RiskEstimate.inherent(l, i));

                assertThat(risk.inherent().orElseThrow().score().value()).isEqualTo(l * i);
                assertThat(risk.inherent().orElseThrow().score()).isEqualTo(matrix.score(new Likelihood(l), new Impact(i)));
                assertThat(risk.level()).isEqualTo(risk.inherent().map(RiskRating::level));
                assertThat(risk.matrixId()).isEqualTo(new RiskMatrixId(9));
            }
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"3,3", "4,5", "5,5", "6,6"})
    void levels_just_outside_a_matrix_are_refused_naming_the_field_and_the_range(int likelihoods, int impacts) {
        RiskMatrix matrix = productMatrix(9, likelihoods, impacts);

        assertRefused(() -> stored(matrix, RiskEstimate.inherent(0, 1)), "inherent_likelihood",
                "must be between 1 and " + likelihoods);
        assertRefused(() -> stored(matrix, RiskEstimate.inherent(likelihoods + 1, 1)), "inherent_likelihood",
                "must be between 1 and " + likelihoods);
        assertRefused(() -> stored(matrix, RiskEstimate.inherent(1, impacts + 1)), "inherent_impact",
                "must be between 1 and " + impacts);
        assertRefused(() -> stored(matrix, new RiskEstimate(likelihoods, impacts, 0, 1)), "residual_likelihood",
                "must be between 1 and " + likelihoods);
        assertRefused(() -> stored(matrix, new RiskEstimate(likelihoods, impacts, 1, impacts + 1)),
                "residual_impact", "must be between 1 and " + impacts);
    }

    @Test
    void six_is_refused_on_the_standard_matrix_but_rated_on_a_6x6_one() {
        assertRefused(() -> stored(RiskEstimate.inherent(6, 1)), "inherent_likelihood", "must be between 1 and 5");

        Risk risk = stored(productMatrix(2, 6, 6), RiskEstimate.inherent(6, 6));
        assertThat(risk.inherent().orElseThrow().score().value()).isEqualTo(36);
        assertThat(risk.level()).contains(RiskLevel.CRITICAL);
    }

    @Test
    void the_level_is_the_residual_one_once_assessed() {
        Risk inherentOnly = stored(RiskEstimate.inherent(5, 5));
        Risk assessed = stored(new RiskEstimate(5, 5, 1, 2));

        assertThat(inherentOnly.level()).contains(RiskLevel.CRITICAL);
        assertThat(inherentOnly.residual()).isEmpty();
        assertThat(assessed.level()).contains(RiskLevel.LOW);
        assertThat(assessed.residual().orElseThrow().score().value()).isEqualTo(2);
    }

    @Test
    void residual_may_equal_but_not_exceed_inherent() {
        assertThat(stored(new RiskEstimate(3, 3, 3, 3)).residual()).isPresent();
        // 2 x 5 = 10 > 3 x 3 = 9 although each level is lower or equal: the score decides
        assertThatThrownBy(() -> stored(new RiskEstimate(3, 3, 2, 5)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("residual_above_inherent");
    }

    @Test
    void residual_likelihood_and_impact_come_together() {
        assertRefused(() -> new RiskEstimate(3, 3, 2, null), "residual_impact", "is required with residual_likelihood");
        assertRefused(() -> new RiskEstimate(3, 3, null, 2), "residual_likelihood", "is required with residual_impact");
    }

    @Test
    void revising_to_a_residual_above_the_inherent_score_is_refused() {
        Risk risk = stored(new RiskEstimate(4, 4, 2, 2));

        assertThatThrownBy(() -> risk.revise(risk.facts(), STANDARD, new RiskEstimate(2, 2, 2, 3), POLICY, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("residual score 6.0");
    }

    @Test
    void a_rescoring_of_the_inherent_pair_keeps_the_residual_rating_unless_the_new_inherent_falls_below_it() {
        Risk risk = stored(new RiskEstimate(4, 4, 2, 3));

        Risk kept = risk.rescoreInherent(STANDARD, 5, 2, POLICY, NOW.plusSeconds(1));

        assertThat(kept.inherent().orElseThrow().score().value()).isEqualTo(10);
        assertThat(kept.residual()).isEqualTo(risk.residual());
        assertThat(kept.lastReviewDate()).contains(NOW.plusSeconds(1));
        assertThat(stored(RiskEstimate.inherent(4, 4)).rescoreInherent(STANDARD, 1, 1, POLICY, NOW).residual())
                .isEmpty();
        assertThatThrownBy(() -> risk.rescoreInherent(STANDARD, 1, 5, POLICY, NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("kept residual rating (likelihood 2 x impact 3, score 6.0)")
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("residual_above_inherent");
    }

    @Test
    void a_risk_captured_unscored_has_no_level_is_due_soon_and_cannot_be_assessed_until_scored() {
        Risk captured = stored(RiskEstimate.unscored());

        assertThat(captured.scored()).isFalse();
        assertThat(captured.inherent()).isEmpty();
        assertThat(captured.level()).isEmpty();
        assertThat(captured.nextReviewDate()).contains(NOW.plus(Duration.ofDays(30)));
        assertThat(captured.ratingsChangedFrom(captured)).isEmpty();
        assertThatThrownBy(() -> captured.transitionTo(RiskStatus.ASSESSED, POLICY, NOW))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("scores_required");
        assertThatThrownBy(() -> captured.transitionTo(RiskStatus.CLOSED, POLICY, NOW))
                .isInstanceOf(IllegalRiskTransitionException.class);

        Risk scored = captured.rescore(STANDARD, RiskEstimate.inherent(2, 3), POLICY, NOW.plusSeconds(1));
        assertThat(scored.level()).contains(RiskLevel.MEDIUM);
        Risk assessed = scored.transitionTo(RiskStatus.ASSESSED, POLICY, NOW.plusSeconds(2));
        assertThat(assessed.status()).isEqualTo(RiskStatus.ASSESSED);
        assertThatThrownBy(() -> assessed.revise(assessed.facts(), STANDARD, RiskEstimate.unscored(), POLICY, NOW))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("scores_required");
    }

    @Test
    void the_inherent_pair_comes_together_and_a_residual_pair_needs_it() {
        assertRefused(() -> new RiskEstimate(3, null, null, null), "inherent_impact",
                "is required with inherent_likelihood");
        assertRefused(() -> new RiskEstimate(null, 3, null, null), "inherent_likelihood",
                "is required with inherent_impact");
        assertRefused(() -> new RiskEstimate(null, null, 2, 2), "residual_likelihood",
                "needs inherent_likelihood and inherent_impact: a residual rating is measured against them");
    }

    @Test
    void ratings_changed_are_what_the_history_records() {
        Risk risk = stored(new RiskEstimate(4, 4, 2, 2));

        assertThat(risk.revise(risk.facts(), STANDARD, new RiskEstimate(4, 4, 2, 2), POLICY, NOW)
                .ratingsChangedFrom(risk)).isEmpty();
        assertThat(risk.revise(risk.facts(), STANDARD, new RiskEstimate(5, 4, 2, 2), POLICY, NOW)
                .ratingsChangedFrom(risk)).containsExactly(ScoreType.INHERENT);
        assertThat(risk.revise(risk.facts(), STANDARD, new RiskEstimate(5, 4, 3, 2), POLICY, NOW)
                .ratingsChangedFrom(risk)).containsExactly(ScoreType.INHERENT, ScoreType.RESIDUAL);
        assertThat(risk.revise(risk.facts(), STANDARD, RiskEstimate.inherent(4, 4), POLICY, NOW)
                .ratingsChangedFrom(risk)).isEmpty();
        // the same levels on another matrix are another rating
        assertThat(risk.revise(risk.facts(), productMatrix(3, 5, 5), new RiskEstimate(4, 4, 2, 2), POLICY, NOW)
                .ratingsChangedFrom(risk)).containsExactly(ScoreType.INHERENT, ScoreType.RESIDUAL);
    }

    @Test
    void score_entries_carry_the_matrix_name_unless_a_methodology_is_given() {
        Risk risk = stored(new RiskEstimate(4, 4, 2, 2));

        List<RiskScoreEntry> entries = RiskScoreEntry.of(risk, List.of(ScoreType.INHERENT, ScoreType.RESIDUAL),
                STANDARD, new ScoringNote("seen twice", null, null), Optional.of(OWNER));
        List<RiskScoreEntry> fair = RiskScoreEntry.of(risk, List.of(ScoreType.INHERENT), STANDARD,
                new ScoringNote(null, null, " FAIR "), Optional.empty());

        assertThat(entries).extracting(RiskScoreEntry::type).containsExactly(ScoreType.INHERENT, ScoreType.RESIDUAL);
        assertThat(entries).extracting(entry -> entry.rating().score().value()).containsExactly(16.0, 4.0);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.methodology()).isEqualTo("Standard 5x5");
            assertThat(entry.likelihoodRationale()).isEqualTo("seen twice");
            assertThat(entry.scoredAt()).isEqualTo(risk.updatedAt());
            assertThat(entry.riskId()).isEqualTo(new RiskId(42));
        });
        assertThat(fair.get(0).methodology()).isEqualTo("FAIR");
    }

    // ---- review cadence ----------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} x {1} -> {2} days")
    @CsvSource({"5,5,30", "4,3,90", "2,3,180", "1,1,365"})
    void the_first_review_is_due_the_level_s_interval_after_identification(int l, int i, int days) {
        Instant identified = NOW.minus(Duration.ofDays(3));
        Risk risk = Risk.identify(facts(Optional.empty(), null), UNIT, STANDARD, RiskEstimate.inherent(l, i),
                Optional.of(identified), Optional.empty(), POLICY, NOW);

        assertThat(risk.identifiedDate()).isEqualTo(identified);
        assertThat(risk.nextReviewDate()).contains(identified.plus(Duration.ofDays(days)));
        assertThat(risk.lastReviewDate()).isEmpty();
    }

    @Test
    void a_configured_cadence_is_honoured() {
        RiskReviewPolicy weekly = new RiskReviewPolicy(7, 14, 28, 56);
        Risk risk = Risk.identify(facts(Optional.empty(), null), UNIT, STANDARD, RiskEstimate.inherent(5, 5),
                Optional.empty(), Optional.empty(), weekly, NOW);

        assertThat(risk.nextReviewDate()).contains(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void a_change_of_level_moves_the_review_date() {
        Risk low = stored(RiskEstimate.inherent(1, 1));

        Risk critical = low.revise(low.facts(), STANDARD, RiskEstimate.inherent(5, 5), POLICY, NOW.plusSeconds(60));

        assertThat(low.nextReviewDate()).contains(NOW.plus(Duration.ofDays(365)));
        assertThat(critical.nextReviewDate()).contains(NOW.plus(Duration.ofDays(30)));
        assertThat(critical.lastReviewDate()).isEmpty();
    }

    @Test
    void a_rescoring_is_a_review_and_restarts_the_interval() {
        Risk risk = stored(RiskEstimate.inherent(3, 3));
        Instant later = NOW.plus(Duration.ofDays(100));

        Risk reviewed = risk.rescore(STANDARD, RiskEstimate.inherent(3, 3), POLICY, later);

        assertThat(reviewed.lastReviewDate()).contains(later);
        assertThat(reviewed.nextReviewDate()).contains(later.plus(Duration.ofDays(180)));
        assertThat(reviewed.version()).isEqualTo(later);
        assertThat(reviewed.ratingsChangedFrom(risk)).isEmpty();
    }

    @Test
    void identification_in_the_future_is_refused() {
        assertRefused(() -> Risk.identify(facts(Optional.empty(), null), UNIT, STANDARD, RiskEstimate.inherent(1, 1),
                Optional.of(NOW.plusSeconds(5)), Optional.empty(), POLICY, NOW), "identified_date",
                "may not be in the future");
    }

    // ---- lifecycle ----------------------------------------------------------------------------------------------

    /** How to reach each status from identified. */
    private static final Map<RiskStatus, List<RiskStatus>> PATHS = Map.of(
            RiskStatus.IDENTIFIED, List.of(),
            RiskStatus.ASSESSED, List.of(RiskStatus.ASSESSED),
            RiskStatus.MITIGATING, List.of(RiskStatus.ASSESSED, RiskStatus.MITIGATING),
            RiskStatus.MONITORING, List.of(RiskStatus.ASSESSED, RiskStatus.MITIGATING, RiskStatus.MONITORING),
            RiskStatus.CLOSED, List.of(RiskStatus.ASSESSED, RiskStatus.MITIGATING, RiskStatus.MONITORING,
                    RiskStatus.CLOSED),
            RiskStatus.ACCEPTED, List.of(RiskStatus.ASSESSED, RiskStatus.ACCEPTED));

    private static Risk in(RiskStatus status) {
        Risk risk = stored(RiskEstimate.inherent(3, 3));
        Instant at = NOW;
        for (RiskStatus step : PATHS.get(status)) {
            at = at.plusSeconds(1);
            risk = step == RiskStatus.ACCEPTED ? risk.accept(approved(risk, at.plus(Duration.ofDays(365)), at),
                    POLICY, at) : risk.transitionTo(step, POLICY, at);
        }
        return risk;
    }

    /** An acceptance of {@code risk} until {@code expiry}, asked for by the owner and approved at {@code at}. */
    static RiskAcceptance approved(Risk risk, Instant expiry, Instant at) {
        return RiskAcceptance.request(risk, new RiskNote("insured"), expiry, OWNER, RiskAcceptancePolicy.defaults(),
                at).storedAs(new RiskAcceptanceId(7)).approve(new UserId(8), Optional.empty(),
                RiskAcceptancePolicy.defaults(), at);
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(RiskStatus.values())
                .flatMap(from -> Arrays.stream(RiskStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void a_risk_moves_exactly_as_its_lifecycle_allows(RiskStatus from, RiskStatus to) {
        Risk risk = in(from);
        assertThat(risk.status()).isEqualTo(from);

        if (to == RiskStatus.ACCEPTED && RiskLifecycle.allowedFrom(from).contains(to)) {
            assertThatThrownBy(() -> risk.transitionTo(to, POLICY, NOW.plusSeconds(60)))
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("acceptance_required");
            assertThat(risk.accept(approved(risk, NOW.plus(Duration.ofDays(9)), NOW.plusSeconds(60)), POLICY,
                    NOW.plusSeconds(60)).status()).isEqualTo(to);
        } else if (RiskLifecycle.allowedFrom(from).contains(to)) {
            Risk moved = risk.transitionTo(to, POLICY, NOW.plusSeconds(60));
            assertThat(moved.status()).isEqualTo(to);
            assertThat(moved.version()).isAfter(risk.version());
        } else {
            assertThatThrownBy(() -> risk.transitionTo(to, POLICY, NOW.plusSeconds(60)))
                    .isInstanceOf(IllegalRiskTransitionException.class)
                    .satisfies(e -> assertThat(((IllegalRiskTransitionException) e).allowed())
                            .isEqualTo(RiskLifecycle.allowedFrom(from)));
        }
    }

    @Test
    void closing_records_the_resolution_and_drops_the_review_reopening_restores_both() {
        Risk closed = in(RiskStatus.CLOSED);

        assertThat(closed.actualResolutionDate()).contains(NOW.plusSeconds(4));
        assertThat(closed.nextReviewDate()).isEmpty();

        Risk reopened = closed.transitionTo(RiskStatus.ASSESSED, POLICY, NOW.plusSeconds(60));
        assertThat(reopened.actualResolutionDate()).isEmpty();
        assertThat(reopened.nextReviewDate()).isPresent();
    }

    @Test
    void acceptance_needs_an_owner_and_a_rationale() {
        Risk unowned = Risk.identify(facts(Optional.empty(), "insured"), UNIT, STANDARD, RiskEstimate.inherent(2, 2),
                Optional.empty(), Optional.empty(), POLICY, NOW).transitionTo(RiskStatus.ASSESSED, POLICY, NOW);
        Risk unexplained = Risk.identify(facts(Optional.of(OWNER), "  "), UNIT, STANDARD, RiskEstimate.inherent(2, 2),
                Optional.empty(), Optional.empty(), POLICY, NOW).transitionTo(RiskStatus.ASSESSED, POLICY, NOW);

        for (Risk risk : List.of(unowned, unexplained)) {
            assertThatThrownBy(risk::requireAcceptable)
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("acceptance_incomplete");
        }
    }

    @Test
    void an_accepted_risk_is_due_for_review_by_its_acceptance_s_expiry_at_the_latest() {
        Risk assessed = in(RiskStatus.ASSESSED);
        Instant soon = NOW.plus(Duration.ofDays(20));

        Risk accepted = assessed.accept(approved(assessed, soon, NOW.plusSeconds(10)), POLICY, NOW.plusSeconds(10));
        Risk longAccepted = assessed.accept(approved(assessed, NOW.plus(Duration.ofDays(900)), NOW.plusSeconds(10)),
                POLICY, NOW.plusSeconds(10));

        assertThat(accepted.nextReviewDate()).contains(soon);
        assertThat(accepted.acceptedUntil()).contains(soon);
        assertThat(accepted.review(POLICY, NOW.plusSeconds(20)).nextReviewDate()).contains(soon);
        assertThat(longAccepted.nextReviewDate()).contains(NOW.plusSeconds(10).plus(Duration.ofDays(180)));
        Risk reopened = accepted.transitionTo(RiskStatus.ASSESSED, POLICY, NOW.plusSeconds(30));
        assertThat(reopened.acceptedUntil()).isEmpty();
        assertThat(reopened.nextReviewDate()).contains(NOW.plusSeconds(30).plus(Duration.ofDays(180)));
    }

    @Test
    void a_review_and_every_move_restart_the_review_interval_and_a_closed_risk_is_not_reviewed() {
        Risk risk = stored(RiskEstimate.inherent(3, 3));

        Risk reviewed = risk.review(POLICY, NOW.plusSeconds(5));
        Risk moved = reviewed.transitionTo(RiskStatus.ASSESSED, POLICY, NOW.plusSeconds(9));

        assertThat(reviewed.lastReviewDate()).contains(NOW.plusSeconds(5));
        assertThat(reviewed.nextReviewDate()).contains(NOW.plusSeconds(5).plus(Duration.ofDays(180)));
        assertThat(reviewed.inherent()).isEqualTo(risk.inherent());
        assertThat(reviewed.version()).isAfter(risk.version());
        assertThat(moved.lastReviewDate()).contains(NOW.plusSeconds(9));
        assertThatThrownBy(() -> in(RiskStatus.CLOSED).review(POLICY, NOW.plusSeconds(60)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("risk_closed");
    }

    @Test
    void an_accepted_risk_keeps_its_owner_and_rationale() {
        Risk accepted = in(RiskStatus.ACCEPTED);

        assertThatThrownBy(() -> accepted.revise(facts(Optional.empty(), "insured"), STANDARD,
                RiskEstimate.inherent(3, 3), POLICY, NOW)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("acceptance_incomplete");
        assertThat(accepted.revise(facts(Optional.of(OWNER), "insured, reviewed"), STANDARD,
                RiskEstimate.inherent(3, 3), POLICY, NOW).status()).isEqualTo(RiskStatus.ACCEPTED);
    }

    @Test
    void a_risk_stays_in_its_unit_until_an_edit_places_it_in_another() {
        Risk risk = stored(RiskEstimate.inherent(3, 3));
        OrgUnitId elsewhere = new OrgUnitId(4);

        Risk edited = risk.revise(risk.facts(), STANDARD, RiskEstimate.inherent(3, 3), POLICY, NOW.plusSeconds(1));
        Risk moved = edited.placedIn(elsewhere);

        assertThat(risk.unit()).isEqualTo(UNIT);
        assertThat(edited.rescore(STANDARD, RiskEstimate.inherent(2, 2), POLICY, NOW.plusSeconds(2)).unit())
                .isEqualTo(UNIT);
        assertThat(moved.unit()).isEqualTo(elsewhere);
        assertThat(moved.version()).isEqualTo(edited.version());
        assertThat(moved.transitionTo(RiskStatus.ASSESSED, POLICY, NOW.plusSeconds(3)).unit()).isEqualTo(elsewhere);
    }

    @Test
    void deactivation_keeps_everything_else() {
        Risk risk = stored(new RiskEstimate(4, 4, 2, 2));

        Risk gone = risk.deactivate(NOW.plusSeconds(1));

        assertThat(gone.active()).isFalse();
        assertThat(gone.level()).isEqualTo(risk.level());
        assertThat(gone.version()).isAfter(risk.version());
    }

    // ---- plain data ---------------------------------------------------------------------------------------------

    @Test
    void enums_name_their_allowed_keys() {
        assertRefused(() -> RiskCategory.parse("category", "cyber"), "category",
                "must be one of operational, technical, strategic, compliance, financial, reputational");
        assertRefused(() -> TreatmentStrategy.parse("treatment_strategy", "ignore"), "treatment_strategy",
                "must be one of mitigate, accept, transfer, avoid");
        assertRefused(() -> ControlEffectiveness.parse("control_effectiveness", "good"), "control_effectiveness",
                "must be one of none, weak, partial, effective");
        assertRefused(() -> ScoreType.parse("score_type", "both"), "score_type", "must be one of inherent, residual");
        assertThat(RiskCategory.parse("category", "compliance")).isEqualTo(RiskCategory.COMPLIANCE);
    }

    @Test
    void texts_are_bounded_by_their_columns_and_blank_means_absent() {
        assertRefused(() -> new RiskTitle("x".repeat(501)), "title", "must be at most 500 characters");
        assertThat(new RiskTitle("x".repeat(500)).value()).hasSize(500);
        assertRefused(() -> new RiskDetails(null, "x".repeat(101), null, null, null, null, null, null, null, null,
                null, null, null), "subcategory", "must be at most 100 characters");
        assertRefused(() -> new RiskDetails(null, null, null, null, "x".repeat(256), null, null, null, null, null,
                null, null, null), "source_reference", "must be at most 255 characters");
        assertRefused(() -> new RiskTreatment(null, "x".repeat(10_001), null), "treatment_rationale",
                "must be at most 10000 characters");

        RiskDetails details = new RiskDetails("  ", " ERP ", null, null, null, null, null, null, null, null,
                Labels.of("affected_systems", List.of("erp", "ERP", "mail")), null, CustomFields.none());
        assertThat(details.description()).isNull();
        assertThat(details.subcategory()).isEqualTo("ERP");
        assertThat(details.affectedSystems().values()).containsExactly("erp", "mail");
        assertThat(details.tags()).isEqualTo(Labels.none());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void ai_confidence_is_a_percentage(int confidence) {
        assertRefused(() -> new AiAssessment(null, null, confidence, null), "ai_confidence_score",
                "must be between 0 and 100");
    }

    @Test
    void facts_keep_the_asset_reference() {
        RiskFacts facts = new RiskFacts(new RiskTitle("t"), RiskCategory.OPERATIONAL, null, null, null,
                Optional.of(new AssetId(3)), Optional.empty());

        assertThat(facts.asset()).contains(new AssetId(3));
        assertThat(facts.details()).isEqualTo(RiskDetails.none());
    }

    // ---- heat map ------------------------------------------------------------------------------------------------

    @Test
    void a_heatmap_has_every_cell_of_the_matrix_with_its_score_level_colour_and_count() {
        List<RiskHeatmap.Cell> cells = RiskHeatmap.cells(STANDARD, Map.of(
                new RiskHeatmap.Position(5, 5), 3L, new RiskHeatmap.Position(1, 2), 1L,
                new RiskHeatmap.Position(6, 6), 9L));

        assertThat(cells).hasSize(25);
        assertThat(cells.get(0)).isEqualTo(new RiskHeatmap.Cell(1, 1, 1, RiskLevel.LOW, "#2E7D32", 0));
        assertThat(cells.get(1).count()).isEqualTo(1);
        assertThat(cells.get(24)).isEqualTo(new RiskHeatmap.Cell(5, 5, 25, RiskLevel.CRITICAL, "#C62828", 3));
        assertThat(cells.stream().mapToLong(RiskHeatmap.Cell::count).sum()).isEqualTo(4);
        assertThat(RiskHeatmap.cells(productMatrix(5, 6, 4), Map.of())).hasSize(24);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field,
                                      String message) {
        assertThatThrownBy(call).isInstanceOf(InvalidValueException.class).hasMessage(message)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo(field);
    }
}
