package io.aegis.bootstrap;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;

class ResponseFormApiOnMariaDbTest extends ResponseFormApiContract {

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.mariaDb();
    }
}
