package io.aegis.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.shared.Description;
import io.aegis.domain.shared.HexColor;
import io.aegis.domain.shared.InvalidValueException;
import io.aegis.domain.shared.RuleViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskMatrixTest {

    private static final Instant T0 = Instant.parse("2026-11-27T08:15:00.123456789Z");
    private static final Instant T0_MILLIS = Instant.parse("2026-11-27T08:15:00.123Z");

    /** Wide enough to rate every product of a 6x6 grid. */
    private static final List<RiskBand> BANDS = List.of(
            band(RiskLevel.LOW, 1, 4),
            band(RiskLevel.MEDIUM, 5, 9),
            band(RiskLevel.HIGH, 10, 16),
            band(RiskLevel.CRITICAL, 17, 36));

    private final RiskMatrix standard = RiskMatrix.standard5x5(T0);

    // ---- the standard 5x5 -----------------------------------------------------------------------------------

    @Test
    void the_standard_matrix_is_a_new_default_named_as_seeded() {
        assertThat(standard.id()).isEmpty();
        assertThat(standard.name().value()).isEqualTo("Standard 5x5");
        assertThat(standard.isDefault()).isTrue();
        assertThat(standard.active()).isTrue();
        assertThat(standard.createdAt()).isEqualTo(T0_MILLIS);
        assertThat(standard.version()).isEqualTo(T0_MILLIS);
        assertThat(standard.scoring().likelihoodLevels()).extracting(MatrixLevel::name)
                .containsExactly("Rare", "Unlikely", "Possible", "Likely", "Almost certain");
        assertThat(standard.scoring().impactLevels()).extracting(MatrixLevel::name)
                .containsExactly("Negligible", "Minor", "Moderate", "Major", "Severe");
        assertThat(standard.scoring().bands()).extracting(band -> band.color().value())
                .containsExactly("#2E7D32", "#F9A825", "#EF6C00", "#C62828");
    }

    @Test
    void the_standard_matrix_scores_likelihood_times_impact() {
        for (int l = 1; l <= 5; l++) {
            for (int i = 1; i <= 5; i++) {
                assertThat(standard.score(standard.likelihood(l), standard.impact(i)).value()).isEqualTo(l * i);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"1,1,1,LOW", "2,2,4,LOW", "1,5,5,MEDIUM", "3,3,9,MEDIUM", "2,5,10,HIGH", "4,4,16,HIGH",
            "4,5,20,CRITICAL", "5,5,25,CRITICAL"})
    void the_standard_bands_rate_each_score_at_their_edges(int likelihood, int impact, double score,
                                                           RiskLevel level) {
        assertThat(standard.score(new Likelihood(likelihood), new Impact(impact)))
                .isEqualTo(new RiskScore(score, level));
    }

    @Test
    void levels_outside_the_matrix_are_refused_with_its_range() {
        assertThatThrownBy(() -> standard.likelihood(0)).isInstanceOf(InvalidValueException.class)
                .hasMessage("must be between 1 and 5")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("likelihood"));
        assertThatThrownBy(() -> standard.impact(6)).isInstanceOf(InvalidValueException.class)
                .hasMessage("must be between 1 and 5")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("impact"));
        assertThatThrownBy(() -> standard.score(new Likelihood(6), new Impact(1)))
                .isInstanceOf(InvalidValueException.class).hasMessage("must be between 1 and 5");
    }

    @Test
    void no_matrix_holds_a_level_beyond_six() {
        assertThatThrownBy(() -> new Likelihood(7)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Impact(0)).isInstanceOf(InvalidValueException.class);
    }

    // ---- sizes ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"3,3", "6,6", "4,6", "6,3", "3,5"})
    void any_size_from_three_to_six_on_each_axis_is_accepted(int rows, int columns) {
        MatrixScoring scoring = multiplicative(rows, columns);

        assertThat(scoring.likelihoodLevels()).hasSize(rows);
        assertThat(scoring.impactLevels()).hasSize(columns);
        assertThat(scoring.score(scoring.likelihood(rows), scoring.impact(columns)).value())
                .isEqualTo(rows * columns);
        assertThatThrownBy(() -> scoring.impact(columns + 1)).isInstanceOf(InvalidValueException.class)
                .hasMessage("must be between 1 and " + columns);
    }

    @ParameterizedTest
    @CsvSource({"2,3,likelihood_levels", "3,2,impact_levels", "7,3,likelihood_levels", "3,7,impact_levels",
            "2,7,likelihood_levels"})
    void fewer_than_three_or_more_than_six_levels_are_refused(int rows, int columns, String field) {
        assertThatThrownBy(() -> multiplicative(rows, columns)).isInstanceOf(InvalidValueException.class)
                .hasMessage("must hold between 3 and 6 levels")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }

    // ---- levels ---------------------------------------------------------------------------------------------

    @Test
    void level_values_must_run_from_one_in_order() {
        List<MatrixLevel> gap = List.of(level(1, "A"), level(2, "B"), level(4, "C"));

        assertThatThrownBy(() -> new MatrixScoring(gap, levels(3), grid(3, 3), BANDS))
                .isInstanceOf(InvalidValueException.class).hasMessage("values must run 1..3 in order");
    }

    @Test
    void level_names_are_unique_ignoring_case() {
        List<MatrixLevel> twice = List.of(level(1, "Low"), level(2, "low"), level(3, "High"));

        assertThatThrownBy(() -> new MatrixScoring(levels(3), twice, grid(3, 3), BANDS))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("unique");
    }

    @Test
    void a_level_name_holds_one_to_fifty_characters() {
        assertThat(level(1, "x".repeat(50)).name()).hasSize(50);
        assertThatThrownBy(() -> level(1, "x".repeat(51))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> level(1, " ")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> level(0, "Zero")).isInstanceOf(InvalidValueException.class);
        assertThat(new MatrixLevel(1, "Rare", null).description()).isEmpty();
    }

    // ---- the grid -------------------------------------------------------------------------------------------

    @Test
    void a_grid_missing_a_row_or_a_cell_is_incomplete() {
        List<List<Double>> missingRow = grid(3, 4).subList(0, 2);
        List<List<Double>> ragged = new ArrayList<>(grid(3, 4));
        ragged.set(1, ragged.get(1).subList(0, 3));

        assertRule(() -> new MatrixScoring(levels(3), levels(4), missingRow, BANDS), "matrix_incomplete");
        assertRule(() -> new MatrixScoring(levels(3), levels(4), ragged, BANDS), "matrix_incomplete");
    }

    @Test
    void every_score_is_a_positive_number() {
        List<List<Double>> zero = List.of(List.of(0.0, 1.0, 2.0), List.of(2.0, 3.0, 4.0), List.of(3.0, 4.0, 5.0));
        List<List<Double>> nan = List.of(List.of(1.0, 1.0, 2.0), List.of(2.0, Double.NaN, 4.0),
                List.of(3.0, 4.0, 5.0));

        assertThatThrownBy(() -> new MatrixScoring(levels(3), levels(3), zero, BANDS))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new MatrixScoring(levels(3), levels(3), nan, BANDS))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void scores_never_fall_as_likelihood_or_impact_rise() {
        List<List<Double>> fallingAlongImpact = List.of(List.of(1.0, 3.0, 2.0), List.of(2.0, 4.0, 6.0),
                List.of(3.0, 6.0, 9.0));
        List<List<Double>> fallingAlongLikelihood = List.of(List.of(1.0, 2.0, 3.0), List.of(2.0, 4.0, 6.0),
                List.of(3.0, 3.0, 9.0));
        List<List<Double>> flat = List.of(List.of(1.0, 1.0, 1.0), List.of(1.0, 1.0, 1.0), List.of(9.0, 9.0, 9.0));

        assertRule(() -> new MatrixScoring(levels(3), levels(3), fallingAlongImpact, BANDS), "scores_decreasing");
        assertRule(() -> new MatrixScoring(levels(3), levels(3), fallingAlongLikelihood, BANDS),
                "scores_decreasing");
        assertThat(new MatrixScoring(levels(3), levels(3), flat, BANDS).score(new Likelihood(3), new Impact(1)))
                .isEqualTo(new RiskScore(9, RiskLevel.MEDIUM));
    }

    @Test
    void scores_need_not_be_whole_numbers() {
        List<List<Double>> weighted = List.of(List.of(0.5, 1.5, 2.5), List.of(1.5, 4.5, 7.5),
                List.of(2.5, 7.5, 12.5));
        List<RiskBand> bands = List.of(band(RiskLevel.LOW, 0.5, 2.5), band(RiskLevel.MEDIUM, 4.5, 7.5),
                band(RiskLevel.HIGH, 12.5, 12.5));

        MatrixScoring scoring = new MatrixScoring(levels(3), levels(3), weighted, bands);

        assertThat(scoring.score(new Likelihood(2), new Impact(3))).isEqualTo(new RiskScore(7.5, RiskLevel.MEDIUM));
    }

    // ---- the bands ------------------------------------------------------------------------------------------

    @Test
    void a_score_no_band_rates_leaves_the_matrix_incomplete() {
        List<RiskBand> gap = List.of(band(RiskLevel.LOW, 1, 3), band(RiskLevel.MEDIUM, 5, 9),
                band(RiskLevel.HIGH, 10, 25));
        List<RiskBand> tooShort = List.of(band(RiskLevel.LOW, 1, 4), band(RiskLevel.MEDIUM, 5, 20));

        assertRule(() -> multiplicative(5, 5, gap), "matrix_incomplete");
        assertRule(() -> multiplicative(5, 5, tooShort), "matrix_incomplete");
        assertRule(() -> multiplicative(5, 5, List.of()), "matrix_incomplete");
    }

    @Test
    void bands_may_not_overlap() {
        List<RiskBand> overlapping = List.of(band(RiskLevel.LOW, 1, 5), band(RiskLevel.MEDIUM, 5, 9),
                band(RiskLevel.HIGH, 10, 25));

        assertRule(() -> multiplicative(5, 5, overlapping), "bands_overlap");
    }

    @Test
    void bands_rise_from_low_to_critical_each_level_once() {
        List<RiskBand> levelsReversed = List.of(band(RiskLevel.MEDIUM, 1, 4), band(RiskLevel.LOW, 5, 25));
        List<RiskBand> levelTwice = List.of(band(RiskLevel.LOW, 1, 4), band(RiskLevel.LOW, 5, 25));
        List<RiskBand> scoresReversed = List.of(band(RiskLevel.LOW, 10, 25), band(RiskLevel.HIGH, 1, 9));

        assertRule(() -> multiplicative(5, 5, levelsReversed), "bands_out_of_order");
        assertRule(() -> multiplicative(5, 5, levelTwice), "bands_out_of_order");
        assertRule(() -> multiplicative(5, 5, scoresReversed), "bands_out_of_order");
    }

    @Test
    void a_matrix_may_do_without_a_level() {
        List<RiskBand> noCritical = List.of(band(RiskLevel.LOW, 1, 2), band(RiskLevel.MEDIUM, 3, 4),
                band(RiskLevel.HIGH, 6, 9));

        MatrixScoring scoring = multiplicative(3, 3, noCritical);

        assertThat(scoring.score(new Likelihood(3), new Impact(3)).level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void a_band_is_well_formed_on_its_own() {
        assertThatThrownBy(() -> band(RiskLevel.LOW, 0, 4)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> band(RiskLevel.LOW, 5, 4)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RiskBand(null, 1, 4, new HexColor("#000000")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new RiskBand(RiskLevel.LOW, 1, 4, null)).isInstanceOf(InvalidValueException.class);
    }

    // ---- lifecycle of the aggregate -------------------------------------------------------------------------

    @Test
    void a_defined_matrix_is_active_and_unsaved_and_restoring_keeps_what_was_stored() {
        RiskMatrix defined = RiskMatrix.define(new RiskMatrixName("Small"), Optional.empty(),
                multiplicative(3, 3), new OrgUnitId(2), false, T0);
        RiskMatrix saved = defined.identifiedAs(new RiskMatrixId(4));
        RiskMatrix restored = RiskMatrix.restore(new RiskMatrixId(4), saved.name(), new Description("d"),
                saved.scoring(), OrgUnitId.ROOT, true, false, T0, null);

        assertThat(defined.id()).isEmpty();
        assertThat(defined.active()).isTrue();
        assertThat(defined.isDefault()).isFalse();
        assertThat(saved.id()).contains(new RiskMatrixId(4));
        assertThat(defined.unit()).isEqualTo(new OrgUnitId(2));
        assertThat(restored.unit()).isEqualTo(OrgUnitId.ROOT);
        assertThat(restored.isDefault()).isTrue();
        assertThat(restored.active()).isFalse();
        assertThat(restored.description()).contains(new Description("d"));
        assertThat(restored.scoring()).isEqualTo(defined.scoring());
        assertThat(restored.version()).isEqualTo(T0_MILLIS);
    }

    // ---- revising ---------------------------------------------------------------------------------------------

    @Test
    void revising_replaces_every_editable_property_and_moves_the_version_forward() {
        RiskMatrix matrix = stored(aMatrix(false), 2);
        MatrixScoring wider = multiplicative(4, 6);

        RiskMatrix revised = matrix.revise(new RiskMatrixName("Wide"), Optional.empty(), wider, false, false, false,
                T0);

        assertThat(revised.id()).isEqualTo(matrix.id());
        assertThat(revised.name().value()).isEqualTo("Wide");
        assertThat(revised.description()).isEmpty();
        assertThat(revised.scoring()).isEqualTo(wider);
        assertThat(revised.active()).isFalse();
        assertThat(revised.createdAt()).isEqualTo(matrix.createdAt());
        // the same millisecond as the creation: still strictly later
        assertThat(revised.version()).isAfter(matrix.version());
    }

    @Test
    void a_matrix_scoring_risks_keeps_its_scoring_but_not_its_name() {
        RiskMatrix matrix = stored(aMatrix(false), 2);

        assertRule(() -> matrix.revise(matrix.name(), matrix.description(), multiplicative(4, 4), false, true,
                true, T0), "matrix_in_use");
        RiskMatrix renamed = matrix.revise(new RiskMatrixName("Renamed"), Optional.empty(),
                multiplicative(3, 3), true, true, true, T0);
        assertThat(renamed.name().value()).isEqualTo("Renamed");
        assertThat(renamed.isDefault()).isTrue();
    }

    @Test
    void an_equal_scoring_built_anew_is_no_change() {
        RiskMatrix matrix = stored(aMatrix(false), 2);

        assertThat(matrix.revise(matrix.name(), Optional.empty(), multiplicative(3, 3), false, true, true, T0)
                .scoring()).isEqualTo(matrix.scoring());
    }

    @Test
    void the_default_stays_default_and_active_until_another_takes_over() {
        RiskMatrix matrix = stored(aMatrix(true), 2);

        assertRule(() -> matrix.revise(matrix.name(), Optional.empty(), matrix.scoring(), false, true, false, T0),
                "default_matrix_required");
        assertRule(() -> matrix.revise(matrix.name(), Optional.empty(), matrix.scoring(), true, false, false, T0),
                "default_matrix_required");
        assertRule(() -> matrix.deactivate(T0), "default_matrix_required");
    }

    @Test
    void only_a_matrix_of_the_root_may_be_the_default() {
        OrgUnitId unit = new OrgUnitId(2);
        RiskMatrix ofUnit = stored(RiskMatrix.define(new RiskMatrixName("Unit"), Optional.empty(),
                multiplicative(3, 3), unit, false, T0), 2);

        assertRule(() -> RiskMatrix.define(new RiskMatrixName("Unit"), Optional.empty(), multiplicative(3, 3), unit,
                true, T0), "default_matrix_not_root");
        assertRule(() -> ofUnit.revise(ofUnit.name(), Optional.empty(), ofUnit.scoring(), true, true, false, T0),
                "default_matrix_not_root");
        assertThat(ofUnit.revise(new RiskMatrixName("Renamed"), Optional.empty(), ofUnit.scoring(), false, true,
                false, T0).unit()).isEqualTo(unit);
    }

    @Test
    void an_inactive_matrix_becomes_default_only_when_activated_too() {
        RiskMatrix retired = stored(aMatrix(false), 2).deactivate(T0);

        assertThat(retired.active()).isFalse();
        assertRule(() -> retired.revise(retired.name(), Optional.empty(), retired.scoring(), true, false, false, T0),
                "matrix_inactive");
        RiskMatrix revived = retired.revise(retired.name(), Optional.empty(), retired.scoring(), true, true, false,
                T0);
        assertThat(revived.isDefault()).isTrue();
        assertThat(revived.active()).isTrue();
    }

    @Test
    void the_default_is_handed_over_only_to_another_stored_active_default() {
        RiskMatrix previous = stored(standard, 1);
        RiskMatrix successor = stored(aMatrix(true), 2);

        RiskMatrix former = previous.handDefaultTo(successor, T0);

        assertThat(former.isDefault()).isFalse();
        assertThat(former.active()).isTrue();
        assertThat(former.version()).isAfter(previous.version());
        assertThatThrownBy(() -> previous.handDefaultTo(previous, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> previous.handDefaultTo(aMatrix(true), T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> previous.handDefaultTo(stored(aMatrix(false), 3), T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renaming_ignores_a_change_of_case() {
        RiskMatrix matrix = stored(aMatrix(false), 2);

        assertThat(matrix.revise(new RiskMatrixName("SMALL"), Optional.empty(), matrix.scoring(), false, true,
                false, T0).isRenamedFrom(matrix)).isFalse();
        assertThat(matrix.revise(new RiskMatrixName("Smaller"), Optional.empty(), matrix.scoring(), false, true,
                false, T0).isRenamedFrom(matrix)).isTrue();
    }

    @Test
    void levels_and_statuses_keep_their_api_keys() {
        assertThat(RiskLevel.values()).extracting(RiskLevel::key)
                .containsExactly("low", "medium", "high", "critical");
        assertThat(RiskLevel.fromKey("critical")).contains(RiskLevel.CRITICAL);
        assertThat(RiskLevel.fromKey("CRITICAL")).isEmpty();
        assertThat(RiskStatus.values()).extracting(RiskStatus::key)
                .containsExactly("identified", "assessed", "mitigating", "monitoring", "accepted", "closed");
        assertThat(RiskStatus.fromKey("monitoring")).contains(RiskStatus.MONITORING);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static void assertRule(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).code()).isEqualTo(code));
    }

    private static RiskMatrix aMatrix(boolean isDefault) {
        return RiskMatrix.define(new RiskMatrixName("Small"), Optional.of(new Description("three by three")),
                multiplicative(3, 3), OrgUnitId.ROOT, isDefault, T0);
    }

    private static RiskMatrix stored(RiskMatrix matrix, long id) {
        return matrix.identifiedAs(new RiskMatrixId(id));
    }

    private static MatrixScoring multiplicative(int rows, int columns) {
        return multiplicative(rows, columns, BANDS);
    }

    private static MatrixScoring multiplicative(int rows, int columns, List<RiskBand> bands) {
        return new MatrixScoring(levels(rows), levels(columns), grid(rows, columns), bands);
    }

    private static List<MatrixLevel> levels(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(value -> level(value, "Level " + value)).toList();
    }

    private static MatrixLevel level(int value, String name) {
        return new MatrixLevel(value, name, "");
    }

    private static List<List<Double>> grid(int rows, int columns) {
        return IntStream.rangeClosed(1, rows)
                .mapToObj(l -> IntStream.rangeClosed(1, columns).mapToObj(i -> (double) l * i).toList())
                .toList();
    }

    private static RiskBand band(RiskLevel level, double min, double max) {
        return new RiskBand(level, min, max, new HexColor("#123456"));
    }
}
