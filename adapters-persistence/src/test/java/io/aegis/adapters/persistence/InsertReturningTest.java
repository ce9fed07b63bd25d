package io.aegis.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.adapters.persistence.testing.TestDatabase;
import java.nio.file.Path;
import java.util.function.Function;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Multi-row inserts read their ids back where the server returns rows from an INSERT, and only there. */
class InsertReturningTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.aegis.adapters.persistence.testing.BothDatabases#kinds")
    void the_bundled_sqlite_and_the_mariadb_here_return_rows_from_an_insert(Function<Path, TestDatabase> kind) {
        try (TestDatabase testDb = kind.apply(folder); Database db = testDb.openMigrated()) {
            assertThat(InsertReturning.supported(db.dsl())).isTrue();
        }
    }

    @Test
    void sqlite_from_3_35_and_mariadb_from_10_5_do_and_mysql_does_not() {
        assertThat(InsertReturning.supported(SQLDialect.SQLITE, "3.35.0")).isTrue();
        assertThat(InsertReturning.supported(SQLDialect.SQLITE, "3.54.1")).isTrue();
        assertThat(InsertReturning.supported(SQLDialect.SQLITE, "3.34.1")).isFalse();
        assertThat(InsertReturning.supported(SQLDialect.MYSQL, "5.5.5-10.11.19-MariaDB-0+deb12u1")).isTrue();
        assertThat(InsertReturning.supported(SQLDialect.MYSQL, "10.5.0-MariaDB")).isTrue();
        assertThat(InsertReturning.supported(SQLDialect.MYSQL, "5.5.5-10.4.32-MariaDB")).isFalse();
        assertThat(InsertReturning.supported(SQLDialect.MYSQL, "8.0.36")).isFalse();
        assertThat(InsertReturning.supported(SQLDialect.MYSQL, "11.4.2-MariaDB-log")).isTrue();
    }
}
