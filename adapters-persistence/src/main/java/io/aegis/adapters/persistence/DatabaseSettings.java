package io.aegis.adapters.persistence;

import java.util.Objects;

/**
 * How to reach the database.
 *
 * @param url         JDBC URL: {@code jdbc:sqlite:./data/aegis.db} or {@code jdbc:mysql://host:3306/aegis}
 * @param user        may be empty (SQLite)
 * @param password    may be empty; never logged
 * @param maxPoolSize upper bound of pooled connections
 */
public record DatabaseSettings(String url, String user, String password, int maxPoolSize) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection, got " + maxPoolSize);
        }
    }

    public DatabaseKind kind() {
        return DatabaseKind.fromJdbcUrl(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url.replaceAll("(?i)(password=)[^&;]*", "$1***") + ", user=" + user
                + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
