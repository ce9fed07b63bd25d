package io.aegis.adapters.persistence;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;

/**
 * A text column compared ignoring case, as both databases already compare it, so that no function wraps the column:
 * MySQL/MariaDB tables use a case-insensitive collation ({@code utf8mb4_unicode_ci}), and SQLite's LIKE and
 * {@code COLLATE NOCASE} fold ASCII letters, as its {@code lower()} does. The answers are those that {@code lower()}
 * on both sides gave; an index on the column serves the order, and a search reads the column as it is stored
 * (MariaDB spent most of a title search in {@code lower()}).
 */
public final class CaseInsensitiveText {

    private CaseInsensitiveText() {
    }

    /** The column to ORDER BY: SQLite's index on it is declared {@code COLLATE NOCASE} (V19). */
    public static Field<String> order(Field<String> column, SQLDialect dialect) {
        return dialect.family() == SQLDialect.SQLITE ? column.collate("NOCASE") : column;
    }

    /** The column contains {@code text}; LIKE's wildcards in it are searched for literally. */
    public static Condition contains(Field<String> column, String text) {
        return column.contains(text);
    }
}
