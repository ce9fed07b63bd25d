package io.aegis.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Aegis's schema, brought up to date: an explicit step, so a program embedding Aegis decides when (at start-up,
 * from a deployment job, or never, when its DBA applies the same Flyway scripts).
 */
public final class Migrations {

    private Migrations() {
    }

    /** Applies every pending migration of that kind; returns how many ran. */
    public static int migrate(DataSource dataSource, DatabaseKind kind) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + kind.migrationFolder())
                .failOnMissingLocations(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
