package io.aegis.adapters.persistence.testing;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

/** The two kinds every persistence test runs on; for {@code @MethodSource} and {@link OnBothDatabases}. */
public final class BothDatabases {

    /** A new SQLite file in the given folder. */
    public static final Function<Path, TestDatabase> SQLITE = named("SQLite", TestDatabase::sqlite);

    /** A new database on the test MariaDB server; the folder is not needed. */
    public static final Function<Path, TestDatabase> MARIADB = named("MariaDB", folder -> TestDatabase.mariaDb());

    private BothDatabases() {
    }

    /** Factories, so that a MariaDB outage fails or skips only the MariaDB case. */
    public static Stream<Function<Path, TestDatabase>> kinds() {
        return Stream.of(SQLITE, MARIADB);
    }

    /** One not yet opened {@link MigratedDatabase} of each kind, for {@link OnBothDatabases}. */
    public static Stream<MigratedDatabase> migrated() {
        return kinds().map(MigratedDatabase::new);
    }

    private static Function<Path, TestDatabase> named(String name, Function<Path, TestDatabase> factory) {
        return new Function<>() {
            @Override
            public TestDatabase apply(Path path) {
                return factory.apply(path);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
