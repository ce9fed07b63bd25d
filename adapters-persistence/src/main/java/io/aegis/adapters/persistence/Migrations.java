package io.aegis.adapters.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Aegis's schema, brought up to date: an explicit step, so a program embedding Aegis decides when (at start-up,
 * from a deployment job, or never, when its DBA applies the same Flyway scripts). Nodes starting together take
 * turns ({@link MigrationLock}), and code older than the schema refuses to run on it.
 */
public final class Migrations {

    /** The table of the migration lock, which is not part of the schema the migrations build. */
    public static final String LOCK_TABLE = MigrationLock.TABLE;

    private Migrations() {
    }

    /**
     * Applies every pending migration of that kind; returns how many ran.
     *
     * @throws SchemaNewerThanCodeException when a newer release migrated the database beyond these migrations
     */
    public static int migrate(DataSource dataSource, DatabaseKind kind) {
        MigrationLock lock = new MigrationLock(JooqAdapters.dsl(dataSource, kind), MigrationLock.processName(),
                Clock.systemUTC());
        return lock.holding(() -> {
            Flyway flyway = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:" + kind.migrationFolder())
                    .failOnMissingLocations(true)
                    // the lock's table makes a new database look non-empty to Flyway, which would refuse it:
                    // a baseline below V1 lets every migration run
                    .baselineOnMigrate(holdsOnlyTheLock(dataSource))
                    .baselineVersion(MigrationVersion.fromVersion("0"))
                    .baselineDescription("new database")
                    .load();
            refuseNewerSchema(flyway.info().all());
            return flyway.migrate().migrationsExecuted;
        });
    }

    /**
     * Flyway leaves migrations it does not carry ("future" ones) alone by default; a node must not serve on a
     * schema it does not know.
     */
    private static void refuseNewerSchema(MigrationInfo[] migrations) {
        Optional<MigrationVersion> newestApplied = newest(migrations, MigrationState::isApplied);
        Optional<MigrationVersion> newestCarried = newest(migrations, MigrationState::isResolved);
        MigrationVersion carried = newestCarried.orElseThrow(); // failOnMissingLocations: there are some
        if (newestApplied.isPresent() && newestApplied.get().compareTo(carried) > 0) {
            throw new SchemaNewerThanCodeException(newestApplied.get().getVersion(), carried.getVersion());
        }
    }

    private static Optional<MigrationVersion> newest(MigrationInfo[] migrations,
                                                     Predicate<MigrationState> state) {
        return Arrays.stream(migrations)
                .filter(migration -> migration.isVersioned() && state.test(migration.getState()))
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder());
    }

    /** Whether the lock's table is the only one: a new database, not one of something else. */
    private static boolean holdsOnlyTheLock(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                     new String[] {"TABLE"})) {
            while (tables.next()) {
                if (!LOCK_TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the database's tables", e);
        }
    }
}
