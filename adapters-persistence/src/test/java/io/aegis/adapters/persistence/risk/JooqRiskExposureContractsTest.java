package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_SCORES;

import io.aegis.adapters.persistence.testing.MigratedDatabase;
import io.aegis.adapters.persistence.testing.OnBothDatabases;
import io.aegis.application.risk.RiskExposureReadModelContract;
import io.aegis.domain.asset.AssetId;
import org.junit.jupiter.params.Parameter;

/** The exposure read model on the real databases: a SQLite file, and MariaDB, on the seeded standard matrix. */
@OnBothDatabases
class JooqRiskExposureContractsTest extends RiskExposureReadModelContract {

    @Parameter
    MigratedDatabase db;

    @Override
    protected Stores emptyStores() {
        db.clear(RISK_SCORES, RISKS);
        return new Stores(new JooqRiskRepository(db.dsl()), new JooqRiskExposureReadModel(db.dsl()));
    }

    @Override
    protected AssetId storedAsset(String name, boolean active) {
        return StoredAssets.stored(db.dsl(), name, active);
    }
}
