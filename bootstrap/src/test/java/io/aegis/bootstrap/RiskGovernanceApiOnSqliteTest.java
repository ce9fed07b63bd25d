package io.aegis.bootstrap;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;

class RiskGovernanceApiOnSqliteTest extends RiskGovernanceApiContract {

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.sqlite(folder);
    }
}
