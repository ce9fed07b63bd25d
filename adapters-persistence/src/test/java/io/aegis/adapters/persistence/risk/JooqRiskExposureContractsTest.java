package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_SCORES;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.risk.RiskExposureReadModelContract;
import io.aegis.domain.asset.AssetId;
import io.aegis.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exposure read model and the own-exposure ranking on the real databases: a SQLite file, and MariaDB, on the seeded standard matrix. */
class JooqRiskExposureContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnSqlite extends OnDatabase {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        MigratedDatabaseExtension db() {
            return db;
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends OnDatabase {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        MigratedDatabaseExtension db() {
            return db;
        }
    }

    /** The contract over {@link #db()}: risks and assets stored through their own repositories. */
    abstract static class OnDatabase extends RiskExposureReadModelContract {

        abstract MigratedDatabaseExtension db();

        @Override
        protected Stores emptyStores() {
            db().clear(RISK_SCORES, RISKS);
            return new Stores(new JooqRiskRepository(db().dsl()), new JooqRiskExposureReadModel(db().dsl()),
                    new JooqOwnExposureRanking(db().dsl()));
        }

        @Override
        protected AssetId storedAsset(String name, boolean active) {
            return StoredAssets.stored(db().dsl(), name, active);
        }

        @Override
        protected OrgUnitId storedUnit(String name) {
            return StoredUnits.stored(db().dsl(), name);
        }
    }
}
