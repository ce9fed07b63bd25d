package io.aegis.adapters.persistence.testing;

import io.aegis.adapters.persistence.Database;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.jooq.Table;

/**
 * A migrated throwaway database kept for a whole test class (migrating MariaDB per test would be slow);
 * tests empty the tables they use with {@link #clear}.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final TestDatabase testDatabase;
    private final Database database;

    private MigratedDatabase(TestDatabase testDatabase) {
        this.testDatabase = testDatabase;
        try {
            this.database = testDatabase.openMigrated();
        } catch (RuntimeException e) {
            testDatabase.close();
            throw e;
        }
    }

    public static MigratedDatabase sqlite(Path directory) {
        return new MigratedDatabase(TestDatabase.sqlite(directory));
    }

    public static MigratedDatabase mariaDb() {
        return new MigratedDatabase(TestDatabase.mariaDb());
    }

    public Database database() {
        return database;
    }

    public DSLContext dsl() {
        return database.dsl();
    }

    /** Deletes every row of {@code tables}, children first as given. */
    public void clear(Table<?>... tables) {
        for (Table<?> table : tables) {
            dsl().deleteFrom(table).execute();
        }
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            testDatabase.close();
        }
    }
}
