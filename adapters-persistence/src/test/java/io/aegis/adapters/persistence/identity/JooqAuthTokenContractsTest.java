package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.AUTH_TOKENS;
import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.adapters.persistence.testing.MigratedDatabase;
import io.aegis.adapters.persistence.testing.OnBothDatabases;
import io.aegis.application.identity.AuthTokenRepositoryContract;
import org.junit.jupiter.params.Parameter;

/** The login-token store on the real databases: a SQLite file, and MariaDB. */
@OnBothDatabases
class JooqAuthTokenContractsTest extends AuthTokenRepositoryContract {

    @Parameter
    MigratedDatabase db;

    @Override
    protected Stores emptyStores() {
        db.clear(AUTH_TOKENS, USER_ROLES, USERS, ROLES);
        return new Stores(new JooqUserRepository(db.dsl()), new JooqAuthTokenRepository(db.dsl()));
    }
}
