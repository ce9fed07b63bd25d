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

/**
 * A migrated throwaway database shared by the tests of one run of a test class (migrating MariaDB per test would
 * be slow); tests empty the tables they use with {@link #clear}. It is opened on first use, so an unreachable
 * MariaDB fails or skips (see {@link TestDatabase}) only the tests that need it.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final Function<Path, TestDatabase> kind;
    private Path folder;
    private TestDatabase testDatabase;
    private Database database;

    /** A database of {@code kind}, one of {@link BothDatabases#kinds()}, named after it. */
    public MigratedDatabase(Function<Path, TestDatabase> kind) {
        this.kind = kind;
    }

    public DSLContext dsl() {
        if (database == null) {
            open();
        }
        return database.dsl();
    }

    /** Deletes every row of {@code tables}, children first as given. */
    public void clear(Table<?>... tables) {
        for (Table<?> table : tables) {
            dsl().deleteFrom(table).execute();
        }
    }

    private void open() {
        try {
            if (folder == null) {
                folder = Files.createTempDirectory("aegis-test-");
            }
            if (testDatabase == null) {
                testDatabase = kind.apply(folder);
            }
            database = testDatabase.openMigrated();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
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

    /** The kind's name, "SQLite" or "MariaDB": how a run on it is shown in test reports. */
    @Override
    public String toString() {
        return kind.toString();
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
