package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.API_KEYS;
import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.identity.ApiKeyRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API-key store on the real databases: a SQLite file, and MariaDB. */
class JooqApiKeyContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnSqlite extends ApiKeyRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends ApiKeyRepositoryContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    private static ApiKeyRepositoryContract.Stores stores(MigratedDatabaseExtension db) {
        db.clear(API_KEYS, USER_ROLES, USERS, ROLES);
        return new ApiKeyRepositoryContract.Stores(new JooqUserRepository(db.dsl()), new JooqApiKeyRepository(db.dsl()));
    }
}
