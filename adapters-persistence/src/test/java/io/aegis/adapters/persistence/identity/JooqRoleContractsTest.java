package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.identity.RoleReadModelContract;
import io.aegis.application.identity.RoleRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The role contracts on the real databases: a SQLite file, and MariaDB. */
class JooqRoleContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnSqlite extends RoleRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return repositories(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RepositoryOnMariaDb extends RoleRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return repositories(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnSqlite extends RoleReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return readModel(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class ReadModelOnMariaDb extends RoleReadModelContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return readModel(db);
        }
    }

    /** Without the seeded roles: the contracts bring their own. */
    private static RoleRepositoryContract.Stores repositories(MigratedDatabaseExtension db) {
        db.clear(USER_ROLES, USERS, ROLES);
        return new RoleRepositoryContract.Stores(new JooqUserRepository(db.dsl()), new JooqRoleRepository(db.dsl()));
    }

    private static RoleReadModelContract.Stores readModel(MigratedDatabaseExtension db) {
        db.clear(USER_ROLES, USERS, ROLES);
        return new RoleReadModelContract.Stores(new JooqRoleRepository(db.dsl()), new JooqRoleReadModel(db.dsl()));
    }
}
