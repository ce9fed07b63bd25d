package io.aegis.bootstrap;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;

/** The same API served from MariaDB. */
class AuditLogApiOnMariaDbTest extends AuditLogApiContract {

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.mariaDb();
    }
}
