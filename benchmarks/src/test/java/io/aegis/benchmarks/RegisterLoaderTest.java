package io.aegis.benchmarks;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.ASSET_RELATIONSHIPS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.DatabaseSettings;
import io.aegis.domain.risk.RiskMatrix;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterLoaderTest {

    @TempDir
    Path folder;

    @Test
    void loads_the_requested_register_scored_as_the_domain_scores() {
        try (Database db = Database.connect(new DatabaseSettings("jdbc:sqlite:" + folder.resolve("bench.db"), "", "", 2))) {
            db.migrate();
            int owner = db.dsl().insertInto(USERS).set(USERS.USERNAME, "owner").set(USERS.EMAIL, "owner@example.org")
                    .returningResult(USERS.ID).fetchSingle(USERS.ID);

            List<Integer> units = new RegisterLoader(db.dsl(), 7, Instant.parse("2026-11-27T00:00:00Z"))
                    .load(30, 1200, 4, owner);

            assertThat(db.dsl().fetchCount(ASSETS)).isEqualTo(30);
            assertThat(db.dsl().fetchCount(RISKS)).isEqualTo(1200);
            assertThat(db.dsl().fetchCount(ASSET_RELATIONSHIPS)).isEqualTo(29);
            assertThat(units).hasSize(4);
            for (int unit : units) {
                assertThat(db.dsl().fetchCount(RISKS, RISKS.ORG_UNIT_ID.eq(unit))).isEqualTo(300);
                assertThat(db.dsl().fetchCount(ASSETS, ASSETS.ORG_UNIT_ID.eq(unit))).isBetween(7, 8);
            }
            RiskMatrix matrix = RiskMatrix.standard5x5(Instant.EPOCH);
            db.dsl().selectFrom(RISKS).fetch().forEach(risk -> {
                assertThat(risk.getInherentRiskScore()).isEqualTo(matrix.score(
                        matrix.likelihood(risk.getInherentLikelihood()), matrix.impact(risk.getInherentImpact())).value());
                assertThat(risk.getResidualRiskScore()).isLessThanOrEqualTo(risk.getInherentRiskScore());
                assertThat(risk.getNextReviewDate()).isAfter(risk.getLastReviewDate());
            });
        }
    }
}
