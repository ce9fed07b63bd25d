package io.aegis.bootstrap;

import java.nio.file.Path;
import java.util.Map;

final class TestConfigs {

    private TestConfigs() {
    }

    /** Defaults, a SQLite file and the data folder in {@code folder}, and a free port. */
    static AegisConfig onEphemeralPort(Path folder) {
        return AegisConfig.load(Map.of(
                "AEGIS_DB_URL", "jdbc:sqlite:" + folder.resolve("aegis.db"),
                "AEGIS_DATA_DIR", folder.resolve("data").toString(),
                "AEGIS_PORT", "0"));
    }
}
