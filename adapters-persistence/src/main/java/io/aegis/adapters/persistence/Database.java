package io.aegis.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/**
 * The database Aegis runs on: a HikariCP pool whose every connection is set up for Aegis (SQLite
 * pragmas, MySQL session in UTC and strict mode), the Flyway migrations of its kind, and the jOOQ
 * context that repositories and {@link JooqTransactions} share. The product's own pool: a program embedding
 * Aegis over a pool of its own uses {@link JooqAdapters} and {@link Migrations} instead.
 */
public final class Database implements AutoCloseable {

    private static final long CONNECTION_TIMEOUT_MS = 5_000;

    private final DatabaseKind kind;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private Database(DatabaseKind kind, HikariDataSource dataSource) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.dsl = JooqAdapters.dsl(dataSource, kind);
    }

    public static Database connect(DatabaseSettings settings) {
        DatabaseKind kind = settings.kind();
        HikariConfig config = new HikariConfig();
        config.setPoolName("aegis-db");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user().isEmpty() ? null : settings.user());
        config.setPassword(settings.password().isEmpty() ? null : settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        // fail at start-up rather than on the first request when the database is unreachable
        config.setInitializationFailTimeout(CONNECTION_TIMEOUT_MS);
        if (kind == DatabaseKind.SQLITE) {
            createParentFolder(settings.url());
        }
        config.setDataSourceProperties(kind.connectionProperties());
        return new Database(kind, new HikariDataSource(config));
    }

    /** Applies every pending migration of this database's kind; returns how many ran. */
    public int migrate() {
        try {
            return Migrations.migrate(dataSource, kind);
        } finally {
            // a migration may change its connection's settings (SQLite's V5 turns foreign_keys off and on
            // again, and a failure can stop it half-way): later work gets fresh connections, set up as above
            dataSource.getHikariPoolMXBean().softEvictConnections();
        }
    }

    public DatabaseKind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** SQLite creates the file but not its folder ({@code ./data} on a fresh checkout). */
    private static void createParentFolder(String url) {
        String path = url.substring("jdbc:sqlite:".length());
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty() || path.startsWith(":memory:")) {
            return;
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + parent, e);
        }
    }
}
