package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISK_MATRICES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.MatrixLevel;
import io.aegis.domain.risk.MatrixScoring;
import io.aegis.domain.risk.RiskBand;
import io.aegis.domain.risk.RiskLevel;
import io.aegis.domain.risk.RiskMatrix;
import io.aegis.domain.risk.RiskMatrixId;
import io.aegis.domain.risk.RiskMatrixName;
import io.aegis.domain.shared.HexColor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Matrices read back as they were written, and the reference data's matrix is the domain's standard one. */
class RiskMatrixRowsTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void the_seeded_default_matrix_scores_exactly_like_the_domains_standard_matrix(
            Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            JooqRiskMatrixRepository matrices = new JooqRiskMatrixRepository(db.dsl());

            RiskMatrix seeded = matrices.findDefault().orElseThrow();

            RiskMatrix standard = RiskMatrix.standard5x5(Instant.EPOCH);
            assertThat(seeded.id()).contains(new RiskMatrixId(1));
            assertThat(seeded.name()).isEqualTo(standard.name());
            assertThat(seeded.description()).isEqualTo(standard.description());
            assertThat(seeded.scoring()).isEqualTo(standard.scoring());
            assertThat(seeded.isDefault()).isTrue();
            assertThat(matrices.findById(new RiskMatrixId(1)).map(RiskMatrix::scoring)).contains(seeded.scoring());
            assertThat(matrices.findById(new RiskMatrixId(999))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_matrix_of_another_shape_reads_back_equal(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            RiskMatrix written = RiskMatrix.define(new RiskMatrixName("Three by four"), Optional.empty(),
                    threeByFour(), OrgUnitId.ROOT, false, Instant.parse("2026-11-27T08:15:00.123Z"));
            Integer id = db.dsl().insertInto(RISK_MATRICES).set(RiskMatrixRows.newRow(written))
                    .returningResult(RISK_MATRICES.ID).fetchOne(RISK_MATRICES.ID);

            RiskMatrix read = new JooqRiskMatrixRepository(db.dsl()).findById(new RiskMatrixId(id)).orElseThrow();

            assertThat(read.scoring()).isEqualTo(written.scoring());
            assertThat(read.name()).isEqualTo(written.name());
            assertThat(read.description()).isEmpty();
            assertThat(read.isDefault()).isFalse();
            assertThat(read.active()).isTrue();
            assertThat(read.version()).isEqualTo(written.version());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void a_row_changed_since_it_was_last_read_is_read_anew_and_a_broken_one_still_fails(
            Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            JooqRiskMatrixRepository matrices = new JooqRiskMatrixRepository(db.dsl());
            RiskMatrixId id = new RiskMatrixId(1);
            RiskMatrix before = matrices.findById(id).orElseThrow();

            // behind Aegis's back, as another node or an operator would
            db.dsl().update(RISK_MATRICES).set(RISK_MATRICES.NAME, "Renamed")
                    .where(RISK_MATRICES.ID.eq(1)).execute();
            RiskMatrix renamed = matrices.findById(id).orElseThrow();
            db.dsl().update(RISK_MATRICES).set(RISK_MATRICES.RISK_SCORES, "[[1]]")
                    .where(RISK_MATRICES.ID.eq(1)).execute();

            assertThat(renamed.name()).isEqualTo(new RiskMatrixName("Renamed"));
            assertThat(renamed.scoring()).isEqualTo(before.scoring());
            assertThatThrownBy(() -> matrices.findById(id)).isInstanceOf(RuntimeException.class);
        }
    }

    private static MatrixScoring threeByFour() {
        List<MatrixLevel> likelihoods = List.of(new MatrixLevel(1, "Low", ""), new MatrixLevel(2, "Medium", "odd"),
                new MatrixLevel(3, "High", "Quote \" and ünïcode"));
        List<MatrixLevel> impacts = List.of(new MatrixLevel(1, "Minor", ""), new MatrixLevel(2, "Moderate", ""),
                new MatrixLevel(3, "Major", ""), new MatrixLevel(4, "Severe", ""));
        List<List<Double>> scores = List.of(List.of(1.0, 2.0, 3.0, 4.0), List.of(2.0, 4.0, 6.0, 8.0),
                List.of(3.0, 6.0, 9.5, 12.0));
        List<RiskBand> bands = List.of(new RiskBand(RiskLevel.LOW, 1, 3, new HexColor("#00FF00")),
                new RiskBand(RiskLevel.MEDIUM, 3.5, 7, new HexColor("#FFFF00")),
                new RiskBand(RiskLevel.HIGH, 7.5, 12, new HexColor("#FF0000")));
        return new MatrixScoring(likelihoods, impacts, scores, bands);
    }
}
