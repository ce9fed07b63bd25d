package io.aegis.application.risk;

import static io.aegis.application.risk.RiskMatrixMother.T0;
import static io.aegis.application.risk.RiskMatrixMother.aMatrix;
import static io.aegis.application.risk.RiskMatrixMother.multiplicative;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.shared.HexColor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RiskMatrixRepository} must do. Adapters extend this class and hand over a repository on
 * an empty store; the same tests then run against memory, SQLite and MariaDB.
 */
public abstract class RiskMatrixRepositoryContract {

    private RiskMatrixRepository repository;

    /** An adapter on an empty store. */
    protected abstract RiskMatrixRepository emptyRepository();

    /** Stores a risk scored on this matrix. */
    protected abstract void scoreARiskOn(RiskMatrixId id);

    @BeforeEach
    void startEmpty() {
        repository = emptyRepository();
    }

    @Test
    void insert_assigns_an_id_and_find_returns_every_property_unchanged() {
        RiskMatrix matrix = aMatrix("Wide", 4, 6, true, T0);
        RiskMatrix stored = repository.insert(matrix);

        RiskMatrix found = repository.findById(stored.id().orElseThrow()).orElseThrow();

        assertThat(found.id()).isEqualTo(stored.id());
        assertThat(found.name()).isEqualTo(new RiskMatrixName("Wide"));
        assertThat(found.description()).isEqualTo(matrix.description());
        assertThat(found.scoring()).isEqualTo(multiplicative(4, 6));
        assertThat(found.isDefault()).isTrue();
        assertThat(found.active()).isTrue();
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(T0);
    }

    @Test
    void every_size_from_3x3_to_6x6_survives_the_round_trip() {
        for (int likelihoods = 3; likelihoods <= 6; likelihoods++) {
            for (int impacts = 3; impacts <= 6; impacts++) {
                RiskMatrix stored = repository.insert(
                        aMatrix("M" + likelihoods + "x" + impacts, likelihoods, impacts, false, T0));
                assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().scoring())
                        .isEqualTo(multiplicative(likelihoods, impacts));
            }
        }
    }

    @Test
    void fractional_scores_and_bands_keep_their_value() {
        RiskMatrix matrix = aMatrix("Fractions");
        MatrixScoring halves = new MatrixScoring(matrix.scoring().likelihoodLevels(),
                matrix.scoring().impactLevels(),
                matrix.scoring().scores().stream().map(row -> row.stream().map(s -> s / 2).toList()).toList(),
                List.of(new RiskBand(RiskLevel.LOW, 0.5, 2.5, new HexColor("#00FF00")),
                        new RiskBand(RiskLevel.HIGH, 2.75, 6, new HexColor("#FF0000"))));
        RiskMatrix halved = matrix.revise(matrix.name(), Optional.empty(), halves, false, true, false, T0);
        RiskMatrix stored = repository.insert(halved);

        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().scoring())
                .isEqualTo(halved.scoring());
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(repository.findById(new RiskMatrixId(987_654))).isEmpty();
    }

    @Test
    void the_default_is_the_active_matrix_marked_so() {
        assertThat(repository.findDefault()).isEmpty();
        repository.insert(aMatrix("Other"));
        RiskMatrix chosen = repository.insert(aMatrix("Chosen", 5, 5, true, T0));

        assertThat(repository.findDefault()).map(RiskMatrix::id).contains(chosen.id());
    }

    @Test
    void names_are_taken_ignoring_case_except_by_the_matrix_itself_and_also_when_inactive() {
        RiskMatrix stored = repository.insert(aMatrix("Operational"));
        RiskMatrix retired = repository.insert(aMatrix("Retired"));
        repository.update(retired.deactivate(T0.plusSeconds(1)), retired.version());

        assertThat(repository.nameTaken(new RiskMatrixName("OPERATIONAL"), Optional.empty())).isTrue();
        assertThat(repository.nameTaken(new RiskMatrixName("operational"), stored.id())).isFalse();
        assertThat(repository.nameTaken(new RiskMatrixName("Operation"), Optional.empty())).isFalse();
        assertThat(repository.nameTaken(new RiskMatrixName("retired"), Optional.empty())).isTrue();
    }

    @Test
    void a_matrix_scores_risks_once_a_risk_names_it() {
        RiskMatrix used = repository.insert(aMatrix("Used"));
        RiskMatrix unused = repository.insert(aMatrix("Unused"));

        scoreARiskOn(used.id().orElseThrow());

        assertThat(repository.scoresRisks(used.id().orElseThrow())).isTrue();
        assertThat(repository.scoresRisks(unused.id().orElseThrow())).isFalse();
    }

    @Test
    void update_with_the_current_version_stores_the_change() {
        RiskMatrix stored = repository.insert(aMatrix("Before"));
        Instant later = T0.plusSeconds(60);
        RiskMatrix changed = stored.revise(new RiskMatrixName("After"), Optional.empty(), multiplicative(6, 3), true,
                true, false, later);

        assertThat(repository.update(changed, stored.version())).isTrue();

        RiskMatrix found = repository.findById(stored.id().orElseThrow()).orElseThrow();
        assertThat(found.name().value()).isEqualTo("After");
        assertThat(found.description()).isEmpty();
        assertThat(found.scoring()).isEqualTo(multiplicative(6, 3));
        assertThat(found.isDefault()).isTrue();
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(later);
    }

    @Test
    void update_with_a_stale_version_writes_nothing() {
        RiskMatrix stored = repository.insert(aMatrix("Base"));
        RiskMatrix first = stored.revise(new RiskMatrixName("First"), Optional.empty(), stored.scoring(), false, true,
                false, T0.plusSeconds(1));
        RiskMatrix second = stored.revise(new RiskMatrixName("Second"), Optional.empty(), stored.scoring(), false,
                true, false, T0.plusSeconds(2));
        repository.update(first, stored.version());

        assertThat(repository.update(second, stored.version())).isFalse();
        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().name().value()).isEqualTo("First");
    }

    @Test
    void text_outside_ascii_survives_the_round_trip() {
        RiskMatrix stored = repository.insert(aMatrix("Risiko-Matrix 風險 🛡"));

        assertThat(repository.findById(stored.id().orElseThrow()).orElseThrow().name().value())
                .isEqualTo("Risiko-Matrix 風險 🛡");
    }
}
