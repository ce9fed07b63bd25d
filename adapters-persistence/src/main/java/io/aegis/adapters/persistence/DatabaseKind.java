package io.aegis.adapters.persistence;

import java.util.Locale;
import java.util.Properties;
import org.jooq.SQLDialect;

/** The two families of database Aegis runs on; chosen from the JDBC URL. */
public enum DatabaseKind {
    SQLITE("db/migration/sqlite"),
    MYSQL("db/migration/mysql");

    private final String migrationFolder;

    DatabaseKind(String migrationFolder) {
        this.migrationFolder = migrationFolder;
    }

    /** Long enough for a writer to finish; shorter than a client's patience. */
    private static final long SQLITE_BUSY_TIMEOUT_MS = 5_000;

    /**
     * What every connection Aegis uses must be set up with, as driver properties (give them to the pool, or to
     * the driver's own DataSource): SQLite's pragmas, MySQL's session in UTC and strict mode.
     */
    public Properties connectionProperties() {
        Properties properties = new Properties();
        if (this == SQLITE) {
            // sqlite-jdbc applies these on every new connection, so a pool never hands out one without them
            properties.setProperty("foreign_keys", "true");
            properties.setProperty("journal_mode", "WAL");
            properties.setProperty("synchronous", "NORMAL");
            properties.setProperty("busy_timeout", String.valueOf(SQLITE_BUSY_TIMEOUT_MS));
            // take the write lock when a transaction begins: a read lock upgraded later can fail at once
            properties.setProperty("transaction_mode", "IMMEDIATE");
        } else {
            properties.setProperty("connectionTimeZone", "UTC");
            properties.setProperty("forceConnectionTimeZoneToSession", "true");
            properties.setProperty("rewriteBatchedStatements", "true");
            // every request runs the same few statements: keep their parsed form per connection, and answer
            // getAutoCommit and the like from the driver's own state instead of a round trip (issue #11's profile)
            properties.setProperty("cachePrepStmts", "true");
            properties.setProperty("prepStmtCacheSize", "250");
            properties.setProperty("prepStmtCacheSqlLimit", "2048");
            properties.setProperty("useLocalSessionState", "true");
            properties.setProperty("maintainTimeStats", "false");
            // a URL listing several servers (jdbc:mysql://db1,db2,db3/aegis) fails over to the next one; by default
            // the driver then makes the connection read-only, which would refuse every write until it fails back
            properties.setProperty("failOverReadOnly", "false");
            properties.setProperty("sessionVariables",
                    "sql_mode='STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'");
        }
        return properties;
    }

    /**
     * MariaDB servers get jOOQ's MySQL dialect too: MariaDB accepts its SQL, and jOOQ's MARIADB dialect
     * renders INSERT ... RETURNING, which mysql-connector-j (the one driver Aegis ships) cannot execute.
     */
    SQLDialect dialect() {
        return this == SQLITE ? SQLDialect.SQLITE : SQLDialect.MYSQL;
    }

    /** The classpath folder holding this kind's Flyway migrations. */
    public String migrationFolder() {
        return migrationFolder;
    }

    public static DatabaseKind fromJdbcUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        throw new IllegalArgumentException(
                "unsupported database URL (expected jdbc:sqlite:... or jdbc:mysql://...): " + redact(url));
    }

    /** Keeps the scheme only: a URL may carry a password as a parameter. */
    private static String redact(String url) {
        int colon = url.indexOf(':', "jdbc:".length());
        return colon < 0 ? "<unrecognised>" : url.substring(0, colon) + ":...";
    }
}
