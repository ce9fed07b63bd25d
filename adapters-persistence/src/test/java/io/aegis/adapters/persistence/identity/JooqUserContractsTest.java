package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.identity.UserReadModelContract;
import io.aegis.application.identity.UserRepositoryContract;
import io.aegis.application.identity.port.out.UserRepository;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The user contracts on the real databases: a SQLite file, and MariaDB. */
class JooqUserContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnSqlite extends UserRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected UserRepository emptyRepository() {
            return repository(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnMariaDb extends UserRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected UserRepository emptyRepository() {
            return repository(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnSqlite extends UserReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnMariaDb extends UserReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    /** Without the seeded roles too: the contracts bring their own. */
    private static UserRepository repository(MigratedDatabaseExtension db) {
        db.clear(USER_ROLES, USERS, ROLES);
        return new JooqUserRepository(db.dsl());
    }

    private static UserReadModelContract.Stores stores(MigratedDatabaseExtension db) {
        return new UserReadModelContract.Stores(repository(db), new JooqRoleRepository(db.dsl()),
                new JooqUserReadModel(db.dsl()));
    }
}
