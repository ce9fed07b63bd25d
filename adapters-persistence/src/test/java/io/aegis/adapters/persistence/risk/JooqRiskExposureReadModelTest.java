package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.ASSETS;
import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.testing.TestDatabase;
import io.aegis.application.risk.port.out.OpenRisk;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.risk.RiskLevel;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JooqRiskExposureReadModelTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void reads_the_open_risks_of_more_assets_than_one_query_takes(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            DSLContext dsl = db.dsl();
            List<Integer> assets = IntStream.rangeClosed(1, 1205).mapToObj(i -> dsl.insertInto(ASSETS)
                    .set(ASSETS.NAME, "asset " + i).set(ASSETS.ASSET_TYPE, "server")
                    .returningResult(ASSETS.ID).fetchSingle(ASSETS.ID)).toList();
            int first = assets.get(0);
            int last = assets.get(assets.size() - 1);
            risk(dsl, "first", first, "identified", true, 4.0, null, "medium");
            risk(dsl, "last, residual rated", last, "mitigating", true, 20.0, 12.0, "high");
            risk(dsl, "closed", last, "closed", true, 25.0, null, "critical");
            risk(dsl, "deleted", last, "identified", false, 25.0, null, "critical");

            List<OpenRisk> open = new JooqRiskExposureReadModel(dsl).openRisksOn(
                    assets.stream().map(AssetId::new).collect(Collectors.toSet()));

            assertThat(open).extracting(OpenRisk::title).containsExactlyInAnyOrder("first", "last, residual rated");
            OpenRisk rated = open.stream().filter(risk -> risk.title().startsWith("last")).findFirst().orElseThrow();
            assertThat(rated.exposed().asset()).isEqualTo(new AssetId(last));
            assertThat(rated.exposed().level()).isEqualTo(RiskLevel.HIGH);
            assertThat(rated.exposed().score()).isEqualTo(12.0);
            assertThat(new JooqRiskExposureReadModel(dsl).openRisksOn(Set.of())).isEmpty();
        }
    }

    private static void risk(DSLContext dsl, String title, int asset, String status, boolean active, double inherent,
                             Double residual, String level) {
        dsl.insertInto(RISKS).set(RISKS.TITLE, title).set(RISKS.CATEGORY, "technical").set(RISKS.ASSET_ID, asset)
                .set(RISKS.STATUS, status).set(RISKS.IS_ACTIVE, active).set(RISKS.INHERENT_RISK_SCORE, inherent)
                .set(RISKS.RESIDUAL_RISK_SCORE, residual).set(RISKS.RISK_LEVEL, level).execute();
    }
}
