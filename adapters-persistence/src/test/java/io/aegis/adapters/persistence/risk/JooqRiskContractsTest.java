package io.aegis.adapters.persistence.risk;

import static io.aegis.adapters.persistence.jooq.Tables.RISKS;
import static io.aegis.adapters.persistence.jooq.Tables.RISK_SCORES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.risk.RiskReadModelContract;
import io.aegis.application.risk.RiskRepositoryContract;
import io.aegis.application.risk.port.out.RiskRepository;
import io.aegis.domain.identity.UserId;
import io.aegis.domain.organisation.OrgUnitId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The risk contracts on the real databases, a SQLite file and MariaDB, on the seeded standard matrix (id 1). */
class JooqRiskContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnSqlite extends RiskRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected RiskRepository emptyRepository() {
            return repository(db);
        }

        @Override
        protected UserId aUser() {
            return user(db);
        }

        @Override
        protected OrgUnitId aUnit(String name) {
            return StoredUnits.stored(db.dsl(), name);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnMariaDb extends RiskRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected RiskRepository emptyRepository() {
            return repository(db);
        }

        @Override
        protected UserId aUser() {
            return user(db);
        }

        @Override
        protected OrgUnitId aUnit(String name) {
            return StoredUnits.stored(db.dsl(), name);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnSqlite extends RiskReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }

        @Override
        protected OrgUnitId storedUnit(String name) {
            return StoredUnits.stored(db.dsl(), name);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnMariaDb extends RiskReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }

        @Override
        protected OrgUnitId storedUnit(String name) {
            return StoredUnits.stored(db.dsl(), name);
        }
    }

    private static RiskRepository repository(MigratedDatabaseExtension db) {
        db.clear(RISK_SCORES, RISKS);
        return new JooqRiskRepository(db.dsl());
    }

    /** A user row for the risks' owner_id and created_by references. */
    private static UserId user(MigratedDatabaseExtension db) {
        Integer id = db.dsl().select(USERS.ID).from(USERS).where(USERS.USERNAME.eq("owner")).fetchOne(USERS.ID);
        if (id == null) {
            id = db.dsl().insertInto(USERS).set(USERS.USERNAME, "owner").set(USERS.EMAIL, "owner@example.com")
                    .returningResult(USERS.ID).fetchOne(USERS.ID);
        }
        return new UserId(id);
    }

    private static RiskReadModelContract.Stores stores(MigratedDatabaseExtension db) {
        return new RiskReadModelContract.Stores(repository(db), new JooqRiskReadModel(db.dsl()), user(db));
    }
}
