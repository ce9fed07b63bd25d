package io.aegis.adapters.persistence.testing;

import io.aegis.adapters.persistence.Database;
import io.aegis.adapters.persistence.DatabaseSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway database for one test: a new SQLite file, or a new database on the test MariaDB server
 * ({@code AEGIS_TEST_MYSQL_URL}, default {@code jdbc:mysql://127.0.0.1:3306/aegis_test}, user root, no
 * password) that is dropped again on close. Without a reachable MariaDB the test is skipped on a
 * developer's machine and FAILS in CI ({@code CI=true}), where MariaDB is part of the suite.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String DEFAULT_MYSQL_URL = "jdbc:mysql://127.0.0.1:3306/aegis_test";

    private final String label;
    private final DatabaseSettings settings;
    private final Runnable dropper;

    private TestDatabase(String label, DatabaseSettings settings, Runnable dropper) {
        this.label = label;
        this.settings = settings;
        this.dropper = dropper;
    }

    public static TestDatabase sqlite(Path directory) {
        Path file = directory.resolve("aegis-" + shortId() + ".db");
        return new TestDatabase("SQLite", new DatabaseSettings("jdbc:sqlite:" + file, "", "", 4), () -> { });
    }

    public static TestDatabase mariaDb() {
        MysqlUrl server = MysqlUrl.parse(env("AEGIS_TEST_MYSQL_URL", DEFAULT_MYSQL_URL));
        String user = env("AEGIS_TEST_MYSQL_USER", "root");
        String password = env("AEGIS_TEST_MYSQL_PASSWORD", "");
        String name = server.database() + "_" + shortId();
        try (Connection connection = DriverManager.getConnection(server.withoutDatabase(), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            unreachable(server, e);
        }
        Runnable drop = () -> {
            try (Connection connection = DriverManager.getConnection(server.withoutDatabase(), user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test database " + name, e);
            }
        };
        return new TestDatabase("MariaDB", new DatabaseSettings(server.withDatabase(name), user, password, 4), drop);
    }

    /** A connected, not yet migrated {@link Database}; the caller closes it. */
    public Database open() {
        return Database.connect(settings);
    }

    /** Connected and migrated to the latest version. */
    public Database openMigrated() {
        Database database = open();
        database.migrate();
        return database;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        dropper.run();
    }

    @Override
    public String toString() {
        return label;
    }

    private static void unreachable(MysqlUrl server, SQLException e) {
        String message = "MariaDB test server unreachable at " + server.withoutDatabase() + ": " + e.getMessage();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (in CI MariaDB tests are mandatory)", e);
        }
        Assumptions.abort(message + " (skipped outside CI)");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** {@code jdbc:mysql://host:port/database?params}, split so a sibling database can be named. */
    private record MysqlUrl(String serverPart, String database, String query) {

        static MysqlUrl parse(String url) {
            int hostStart = url.indexOf("//") + 2;
            int pathStart = url.indexOf('/', hostStart);
            int queryStart = url.indexOf('?');
            String query = queryStart < 0 ? "" : url.substring(queryStart);
            String database = pathStart < 0 ? "aegis_test"
                    : url.substring(pathStart + 1, queryStart < 0 ? url.length() : queryStart);
            String server = pathStart < 0 ? url.substring(0, queryStart < 0 ? url.length() : queryStart)
                    : url.substring(0, pathStart);
            return new MysqlUrl(server, database.isEmpty() ? "aegis_test" : database, query);
        }

        String withoutDatabase() {
            return serverPart + "/" + query;
        }

        String withDatabase(String name) {
            return serverPart + "/" + name + query;
        }
    }
}
