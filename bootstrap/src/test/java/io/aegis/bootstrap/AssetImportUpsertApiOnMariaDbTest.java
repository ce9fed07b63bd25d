package io.aegis.bootstrap;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;

/** The same API served from MariaDB. */
class AssetImportUpsertApiOnMariaDbTest extends AssetImportUpsertApiContract {

    @Override
    TestDatabase database(Path folder) {
        return TestDatabase.mariaDb();
    }
}
