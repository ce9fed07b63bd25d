package io.aegis.bootstrap;

import io.aegis.adapters.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

final class TestConfigs {

    /** The first administrator's password in every test installation. */
    static final String ADMIN_PASSWORD = "correct horse battery staple";

    private TestConfigs() {
    }

    /** Defaults, a SQLite file and the data folder in {@code folder}, a free port, a known admin password. */
    static AegisConfig onEphemeralPort(Path folder) {
        return AegisConfig.load(settings(folder));
    }

    /**
     * One node of several on {@code database}: its own data folder and a free port, the audit key every node
     * shares, and {@code extra} settings (an empty value restores a setting's default).
     */
    static AegisConfig node(Path dataDir, DatabaseSettings database, String auditKey, Map<String, String> extra) {
        Map<String, String> settings = settings(dataDir);
        settings.put("AEGIS_DATA_DIR", dataDir.toString());
        settings.put("AEGIS_AUDIT_KEY", auditKey);
        settings.putAll(extra);
        return AegisConfig.load(settings).withDatabase(database.url(), database.user(), database.password());
    }

    private static Map<String, String> settings(Path folder) {
        return new HashMap<>(Map.of(
                "AEGIS_DB_URL", "jdbc:sqlite:" + folder.resolve("aegis.db"),
                "AEGIS_DATA_DIR", folder.resolve("data").toString(),
                "AEGIS_PORT", "0",
                "AEGIS_ADMIN_PASSWORD", ADMIN_PASSWORD,
                // the cheapest bcrypt: tests hash many passwords and prove nothing about the cost
                "AEGIS_BCRYPT_COST", "4",
                // tests seal when they look at the chain (Wiring.sealAuditTrail), not when a timer says
                "AEGIS_AUDIT_SEAL_MILLIS", "60000",
                // every client of a test comes from 127.0.0.1, as every client behind a reverse proxy does
                "AEGIS_MAX_CONNECTIONS_PER_ADDRESS", "1000"));
    }
}
