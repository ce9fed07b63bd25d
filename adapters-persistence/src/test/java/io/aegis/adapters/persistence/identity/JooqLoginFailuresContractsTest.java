package io.aegis.adapters.persistence.identity;

import static io.aegis.adapters.persistence.jooq.Tables.LOGIN_FAILURES;

import io.aegis.adapters.persistence.testing.MigratedDatabaseExtension;
import io.aegis.application.identity.LoginFailuresContract;
import io.aegis.application.identity.port.out.LoginFailures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The failed-password-check store on the real databases: a SQLite file, and MariaDB. */
class JooqLoginFailuresContractsTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnSqlite extends LoginFailuresContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.sqlite();

        @Override
        protected LoginFailures emptyStore() {
            return store(db);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnMariaDb extends LoginFailuresContract {
        @RegisterExtension
        final MigratedDatabaseExtension db = MigratedDatabaseExtension.mariaDb();

        @Override
        protected LoginFailures emptyStore() {
            return store(db);
        }
    }

    private static LoginFailures store(MigratedDatabaseExtension db) {
        db.clear(LOGIN_FAILURES);
        return new JooqLoginFailures(db.dsl());
    }
}
