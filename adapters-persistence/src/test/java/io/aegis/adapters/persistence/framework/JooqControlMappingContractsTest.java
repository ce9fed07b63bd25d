package io.aegis.adapters.persistence.framework;

import static io.aegis.adapters.persistence.jooq.Tables.FRAMEWORKS;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.framework.ControlMappingStoresContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The control mappings' stores' contract on the real databases: a SQLite file, and MariaDB. */
class JooqControlMappingContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnSqlite extends ControlMappingStoresContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends ControlMappingStoresContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    /** Frameworks' rows cascade to their controls, and controls' to their mappings. */
    private static ControlMappingStoresContract.Stores stores(MigratedDatabaseExtension db) {
        db.clear(FRAMEWORKS);
        return new ControlMappingStoresContract.Stores(new JooqFrameworkRepository(db.dsl()),
                new JooqControlRepository(db.dsl()), new JooqControlMappingRepository(db.dsl()),
                new JooqControlMappingReadModel(db.dsl()));
    }
}
