package io.aegis.bootstrap;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;

class NameUniquenessApiOnMariaDbTest extends NameUniquenessApiContract {

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.mariaDb();
    }
}
