package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.API_KEYS;
import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.adapters.persistence.testing.MigratedDatabase;
import io.aegis.adapters.persistence.testing.OnBothDatabases;
import io.aegis.application.identity.ApiKeyRepositoryContract;
import org.junit.jupiter.params.Parameter;

/** The API-key store on the real databases: a SQLite file, and MariaDB. */
@OnBothDatabases
class JooqApiKeyContractsTest extends ApiKeyRepositoryContract {

    @Parameter
    MigratedDatabase db;

    @Override
    protected Stores emptyStores() {
        db.clear(API_KEYS, USER_ROLES, USERS, ROLES);
        return new Stores(new JooqUserRepository(db.dsl()), new JooqApiKeyRepository(db.dsl()));
    }
}
