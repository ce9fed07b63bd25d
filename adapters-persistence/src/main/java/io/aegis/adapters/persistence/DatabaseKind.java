package io.aegis.adapters.persistence;

import java.util.Locale;

/** The two families of database Aegis runs on; chosen from the JDBC URL. */
public enum DatabaseKind {
    SQLITE("db/migration/sqlite"),
    MYSQL("db/migration/mysql");

    private final String migrationFolder;

    DatabaseKind(String migrationFolder) {
        this.migrationFolder = migrationFolder;
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
