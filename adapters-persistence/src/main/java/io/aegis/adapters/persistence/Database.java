package io.aegis.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * The database Aegis runs on: a HikariCP pool whose every connection is set up for Aegis (SQLite
 * pragmas, MySQL session in UTC and strict mode), the Flyway migrations of its kind, and the jOOQ
 * context that repositories and {@link JooqTransactions} share.
 */
public final class Database implements AutoCloseable {

    private static final long SQLITE_BUSY_TIMEOUT_MS = 5_000;
    private static final long CONNECTION_TIMEOUT_MS = 5_000;

    private final DatabaseKind kind;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private Database(DatabaseKind kind, HikariDataSource dataSource, SQLDialect dialect) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(dialect)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(dataSource)))
                .set(new ConstraintViolationTranslator())
                .set(new Settings().withRenderSchema(false)));
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
            // sqlite-jdbc applies these on every new connection, so the pool never hands out one without them
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("journal_mode", "WAL");
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS));
            // take the write lock when a transaction begins: a read lock upgraded later can fail at once
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        } else {
            config.addDataSourceProperty("connectionTimeZone", "UTC");
            config.addDataSourceProperty("forceConnectionTimeZoneToSession", "true");
            config.addDataSourceProperty("rewriteBatchedStatements", "true");
            config.addDataSourceProperty("sessionVariables",
                    "sql_mode='STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
        }
        return new Database(kind, new HikariDataSource(config), dialectOf(kind));
    }

    /** Applies every pending migration of this database's kind; returns how many ran. */
    public int migrate() {
        try {
            return Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:" + kind.migrationFolder())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
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

    /**
     * MariaDB servers get jOOQ's MySQL dialect too: MariaDB accepts its SQL, and jOOQ's MARIADB dialect
     * renders INSERT ... RETURNING, which mysql-connector-j (the one driver Aegis ships) cannot execute.
     */
    private static SQLDialect dialectOf(DatabaseKind kind) {
        return kind == DatabaseKind.SQLITE ? SQLDialect.SQLITE : SQLDialect.MYSQL;
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
