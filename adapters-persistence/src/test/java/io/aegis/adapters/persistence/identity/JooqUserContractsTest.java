package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.adapters.persistence.testing.MigratedDatabase;
import io.aegis.adapters.persistence.testing.OnBothDatabases;
import io.aegis.application.identity.UserReadModelContract;
import io.aegis.application.identity.UserRepositoryContract;
import io.aegis.application.identity.port.out.UserRepository;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.Parameter;

/** The user contracts on the real databases: a SQLite file, and MariaDB. */
@OnBothDatabases
class JooqUserContractsTest {

    @Parameter
    MigratedDatabase db;

    @Nested
    class Repository extends UserRepositoryContract {
        @Override
        protected UserRepository emptyRepository() {
            return repository();
        }
    }

    @Nested
    class ReadModel extends UserReadModelContract {
        @Override
        protected Stores emptyStores() {
            return new Stores(repository(), new JooqRoleRepository(db.dsl()), new JooqUserReadModel(db.dsl()));
        }
    }

    /** Without the seeded roles too: the contracts bring their own. */
    private UserRepository repository() {
        db.clear(USER_ROLES, USERS, ROLES);
        return new JooqUserRepository(db.dsl());
    }
}
