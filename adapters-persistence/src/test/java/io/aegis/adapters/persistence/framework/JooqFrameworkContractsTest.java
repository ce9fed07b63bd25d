package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.framework.FrameworkStoresContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The framework stores' contract on the real databases: a SQLite file, and MariaDB. */
class JooqFrameworkContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnSqlite extends FrameworkStoresContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends FrameworkStoresContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    /** Frameworks' rows cascade to their controls, baselines and selections. */
    private static FrameworkStoresContract.Stores stores(MigratedDatabaseExtension db) {
        db.clear(FRAMEWORKS);
        return new FrameworkStoresContract.Stores(new JooqFrameworkRepository(db.dsl()),
                new JooqFrameworkReadModel(db.dsl()), new JooqControlRepository(db.dsl()),
                new JooqControlReadModel(db.dsl()), new JooqBaselineRepository(db.dsl()));
    }
}
