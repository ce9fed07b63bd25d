package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_MATRICES;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.risk.RiskMatrixReadModelContract;
import io.aegis.application.risk.RiskMatrixRepositoryContract;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.organisation.OrgUnitId;
import io.aegis.domain.risk.RiskMatrixId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The risk-matrix contracts on the real databases: a SQLite file, and MariaDB. */
class JooqRiskMatrixContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnSqlite extends RiskMatrixRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected RiskMatrixRepository emptyRepository() {
            return repository(db);
        }

        @Override
        protected void scoreARiskOn(RiskMatrixId id) {
            insertRiskOn(db, id);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnMariaDb extends RiskMatrixRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected RiskMatrixRepository emptyRepository() {
            return repository(db);
        }

        @Override
        protected void scoreARiskOn(RiskMatrixId id) {
            insertRiskOn(db, id);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnSqlite extends RiskMatrixReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
        @Override
        protected OrgUnitId storedUnit(String name, OrgUnitId parent) {
            return StoredUnits.stored(db.dsl(), name, parent, true);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnMariaDb extends RiskMatrixReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
        @Override
        protected OrgUnitId storedUnit(String name, OrgUnitId parent) {
            return StoredUnits.stored(db.dsl(), name, parent, true);
        }
    }

    /** Empties the matrices, and the risks that would hold on to them, the seeded standard matrix included. */
    private static RiskMatrixRepository repository(MigratedDatabaseExtension db) {
        db.clear(RISKS, RISK_MATRICES);
        return new JooqRiskMatrixRepository(db.dsl());
    }

    private static RiskMatrixReadModelContract.Stores stores(MigratedDatabaseExtension db) {
        return new RiskMatrixReadModelContract.Stores(repository(db), new JooqRiskMatrixReadModel(db.dsl()));
    }

    /** A bare risk row: the risks API is not needed to know that a matrix is in use. */
    private static void insertRiskOn(MigratedDatabaseExtension db, RiskMatrixId id) {
        db.dsl().insertInto(RISKS)
                .set(RISKS.TITLE, "scored on matrix " + id)
                .set(RISKS.CATEGORY, "operational")
                .set(RISKS.RISK_MATRIX_ID, Math.toIntExact(id.value()))
                .execute();
    }
}
