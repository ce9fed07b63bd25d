package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.API_KEYS;
import static io.aegis.adapters.persistence.jooq.Tables.AUTH_TOKENS;
import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.identity.CredentialHoldersContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A credential with its user and grants in one query, on the real databases: a SQLite file, and MariaDB. */
class JooqCredentialHoldersContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnSqlite extends CredentialHoldersContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends CredentialHoldersContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected Stores emptyStores() {
            return stores(db);
        }
    }

    private static CredentialHoldersContract.Stores stores(MigratedDatabaseExtension db) {
        db.clear(AUTH_TOKENS, API_KEYS, USER_ROLES, USERS, ROLES);
        return new CredentialHoldersContract.Stores(new JooqCredentialHolders(db.dsl()), new JooqUserRepository(db.dsl()),
                new JooqRoleRepository(db.dsl()), new JooqAuthTokenRepository(db.dsl()),
                new JooqApiKeyRepository(db.dsl()));
    }
}
