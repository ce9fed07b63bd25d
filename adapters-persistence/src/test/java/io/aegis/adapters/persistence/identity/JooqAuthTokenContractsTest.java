package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.AUTH_TOKENS;
import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.identity.AuthTokenRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The login-token store on the real databases: a SQLite file, and MariaDB. */
class JooqAuthTokenContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnSqlite extends AuthTokenRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends AuthTokenRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    private static AuthTokenRepositoryContract.Stores stores(MigratedDatabaseExtension db) {
        db.clear(AUTH_TOKENS, USER_ROLES, USERS, ROLES);
        return new AuthTokenRepositoryContract.Stores(new JooqUserRepository(db.dsl()), new JooqAuthTokenRepository(db.dsl()));
    }
}
