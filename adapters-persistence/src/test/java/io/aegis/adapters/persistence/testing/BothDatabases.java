package io.aegis.adapters.persistence.testing;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

/** The two kinds every persistence test runs on; for {@code @MethodSource}. */
public final class BothDatabases {

    private BothDatabases() {
    }

    /** Factories, so that a MariaDB outage fails or skips only the MariaDB case. */
    public static Stream<Function<Path, TestDatabase>> kinds() {
        return Stream.of(named("SQLite", TestDatabase::sqlite), named("MariaDB", dir -> TestDatabase.mariaDb()));
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
