package io.aegis.adapters.persistence;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Whether the server answers {@code INSERT ... RETURNING} with the inserted rows: SQLite since 3.35 and MariaDB
 * since 10.5 do, MySQL 8 does not. Read once from the connection's metadata (mysql-connector-j reports a MariaDB
 * server as {@code 5.5.5-10.11.19-MariaDB-...}; sqlite-jdbc reports the SQLite library it bundles).
 */
final class InsertReturning {

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final Pattern MARIADB_VERSION = Pattern.compile("(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)");

    private InsertReturning() {
    }

    static boolean supported(DSLContext dsl) {
        return supported(dsl.dialect(), dsl.connectionResult(connection ->
                connection.getMetaData().getDatabaseProductVersion()));
    }

    /** @param version the server's version as its JDBC driver reports it */
    static boolean supported(SQLDialect dialect, String version) {
        if (dialect == SQLDialect.SQLITE) {
            return atLeast(VERSION.matcher(version), 3, 35);
        }
        return version.toLowerCase(Locale.ROOT).contains("mariadb") && atLeast(MARIADB_VERSION.matcher(version), 10, 5);
    }

    private static boolean atLeast(Matcher version, int major, int minor) {
        if (!version.lookingAt()) {
            return false;
        }
        int foundMajor = Integer.parseInt(version.group(1));
        return foundMajor > major || foundMajor == major && Integer.parseInt(version.group(2)) >= minor;
    }
}
