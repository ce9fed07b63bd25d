package io.aegis.adapters.persistence.testing;

import io.aegis.adapters.persistence.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated throwaway database kept for a whole test class (migrating MariaDB per test would be slow).
 * Register it on an instance field of a {@code PER_CLASS} test; tests empty the tables they use with
 * {@link #clear}.
 */
public final class MigratedDatabaseExtension implements BeforeAllCallback, AfterAllCallback {

    private final Function<Path, TestDatabase> kind;
    private Path folder;
    private TestDatabase testDatabase;
    private Database database;

    private MigratedDatabaseExtension(Function<Path, TestDatabase> kind) {
        this.kind = kind;
    }

    public static MigratedDatabaseExtension sqlite() {
        return new MigratedDatabaseExtension(TestDatabase::sqlite);
    }

    public static MigratedDatabaseExtension mariaDb() {
        return new MigratedDatabaseExtension(folder -> TestDatabase.mariaDb());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("aegis-test-");
        testDatabase = kind.apply(folder);
        database = testDatabase.openMigrated();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (database != null) {
                database.close();
            }
        } finally {
            if (testDatabase != null) {
                testDatabase.close();
            }
            deleteRecursively(folder);
        }
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

    private static void deleteRecursively(Path root) throws IOException {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
