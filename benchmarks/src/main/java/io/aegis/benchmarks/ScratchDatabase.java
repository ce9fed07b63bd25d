package io.aegis.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.UUID;

/** An empty database for one benchmark run: a SQLite file in a temporary folder, or a MariaDB database dropped afterwards. */
final class ScratchDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final Runnable drop;

    private ScratchDatabase(String url, String user, String password, Runnable drop) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.drop = drop;
    }

    static ScratchDatabase create(String kind, Path folder) {
        return switch (kind) {
            case "sqlite" -> new ScratchDatabase("jdbc:sqlite:" + folder.resolve("aegis.db"), "", "", () -> { });
            case "mariadb" -> mariaDb();
            default -> throw new IllegalArgumentException("unknown database '" + kind + "'; use sqlite or mariadb");
        };
    }

    private static ScratchDatabase mariaDb() {
        String server = Objects.requireNonNullElse(System.getenv("AEGIS_BENCH_MYSQL_URL"), "jdbc:mysql://127.0.0.1:3306/");
        String user = Objects.requireNonNullElse(System.getenv("AEGIS_BENCH_MYSQL_USER"), "root");
        String password = Objects.requireNonNullElse(System.getenv("AEGIS_BENCH_MYSQL_PASSWORD"), "");
        String name = "aegis_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String base = server.endsWith("/") ? server : server + "/";
        execute(base, user, password, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new ScratchDatabase(base + name, user, password,
                () -> execute(base, user, password, "DROP DATABASE IF EXISTS `" + name + "`"));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the MariaDB database at " + url + ": " + e.getMessage(), e);
        }
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        drop.run();
    }
}
