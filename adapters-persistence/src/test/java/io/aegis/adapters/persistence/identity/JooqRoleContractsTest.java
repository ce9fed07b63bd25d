package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.ROLES;
import static io.aegis.adapters.persistence.jooq.Tables.USERS;
import static io.aegis.adapters.persistence.jooq.Tables.USER_ROLES;

import io.aegis.adapters.persistence.testing.MigratedDatabase;
import io.aegis.adapters.persistence.testing.OnBothDatabases;
import io.aegis.application.identity.RoleReadModelContract;
import io.aegis.application.identity.RoleRepositoryContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.Parameter;

/** The role contracts on the real databases: a SQLite file, and MariaDB. */
@OnBothDatabases
class JooqRoleContractsTest {

    @Parameter
    MigratedDatabase db;

    @Nested
    class Repository extends RoleRepositoryContract {
        /** Without the seeded roles: the contracts bring their own. */
        @Override
        protected Stores emptyStores() {
            db.clear(USER_ROLES, USERS, ROLES);
            return new Stores(new JooqUserRepository(db.dsl()), new JooqRoleRepository(db.dsl()));
        }
    }

    @Nested
    class ReadModel extends RoleReadModelContract {
        @Override
        protected Stores emptyStores() {
            db.clear(USER_ROLES, USERS, ROLES);
            return new Stores(new JooqRoleRepository(db.dsl()), new JooqRoleReadModel(db.dsl()));
        }
    }
}
