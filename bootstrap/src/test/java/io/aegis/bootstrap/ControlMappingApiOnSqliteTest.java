package io.aegis.bootstrap;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;

class ControlMappingApiOnSqliteTest extends ControlMappingApiContract {

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }
}
