package io.aegis.bootstrap;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;

/** The same API served from MariaDB (mysql-connector-j), as {@code AEGIS_DB_URL=jdbc:mysql://...} does. */
class EvidenceApiOnMariaDbTest extends EvidenceApiContract {

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.mariaDb();
    }
}
