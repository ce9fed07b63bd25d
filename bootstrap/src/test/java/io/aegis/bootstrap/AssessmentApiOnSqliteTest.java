package io.aegis.bootstrap;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;

class AssessmentApiOnSqliteTest extends AssessmentApiContract {

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }
}
