package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_MATRICES;

import io.aegis.adapters.persistence.testing.MigratedDatabase;
import io.aegis.adapters.persistence.testing.OnBothDatabases;
import io.aegis.application.risk.RiskMatrixReadModelContract;
import io.aegis.application.risk.RiskMatrixRepositoryContract;
import io.aegis.application.risk.port.out.RiskMatrixRepository;
import io.aegis.domain.risk.RiskMatrixId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.Parameter;

/** The risk-matrix contracts on the real databases: a SQLite file, and MariaDB. */
@OnBothDatabases
class JooqRiskMatrixContractsTest {

    @Parameter
    MigratedDatabase db;

    @Nested
    class Repository extends RiskMatrixRepositoryContract {
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
    class ReadModel extends RiskMatrixReadModelContract {
        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    /** Empties the matrices, and the risks that would hold on to them, the seeded standard matrix included. */
    private static RiskMatrixRepository repository(MigratedDatabase db) {
        db.clear(RISKS, RISK_MATRICES);
        return new JooqRiskMatrixRepository(db.dsl());
    }

    private static RiskMatrixReadModelContract.Stores stores(MigratedDatabase db) {
        return new RiskMatrixReadModelContract.Stores(repository(db), new JooqRiskMatrixReadModel(db.dsl()));
    }

    /** A bare risk row: the risks API is not needed to know that a matrix is in use. */
    private static void insertRiskOn(MigratedDatabase db, RiskMatrixId id) {
        db.dsl().insertInto(RISKS)
                .set(RISKS.TITLE, "scored on matrix " + id)
                .set(RISKS.CATEGORY, "operational")
                .set(RISKS.RISK_MATRIX_ID, Math.toIntExact(id.value()))
                .execute();
    }
}
