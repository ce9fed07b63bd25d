package io.aegis.adapters.persistence.testing;

import java.io.IOException;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link MigratedDatabase} kept for a whole test class, for tests that run one kind of database per class
 * (contracts that run on both use {@link OnBothDatabases}). Register it on an instance field of a
 * {@code PER_CLASS} test; tests empty the tables they use with {@link #clear}.
 */
public final class MigratedDatabaseExtension implements BeforeAllCallback, AfterAllCallback {

    private final MigratedDatabase database;

    private MigratedDatabaseExtension(MigratedDatabase database) {
        this.database = database;
    }

    public static MigratedDatabaseExtension sqlite() {
        return new MigratedDatabaseExtension(new MigratedDatabase(BothDatabases.SQLITE));
    }

    public static MigratedDatabaseExtension mariaDb() {
        return new MigratedDatabaseExtension(new MigratedDatabase(BothDatabases.MARIADB));
    }

    /** Opens the database now, so an unreachable MariaDB fails or skips the class as a whole. */
    @Override
    public void beforeAll(ExtensionContext context) {
        database.dsl();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        database.close();
    }

    public DSLContext dsl() {
        return database.dsl();
    }

    /** Deletes every row of {@code tables}, children first as given. */
    public void clear(Table<?>... tables) {
        database.clear(tables);
    }
}
