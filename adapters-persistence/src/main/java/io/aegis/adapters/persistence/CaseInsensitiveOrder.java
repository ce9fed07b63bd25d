package io.aegis.adapters.persistence;

import org.jooq.Field;
import org.jooq.SQLDialect;

/**
 * A text column to sort by ignoring case, written so that an index on the column serves the order: MySQL/MariaDB
 * tables use a case-insensitive collation ({@code utf8mb4_unicode_ci}) already, and SQLite compares {@code COLLATE
 * NOCASE}, which an index declared with that collation holds (V19). NOCASE folds ASCII letters only, as SQLite's
 * {@code lower()} does, so the order on each database is the one {@code ORDER BY lower(column)} gave.
 */
public final class CaseInsensitiveOrder {

    private CaseInsensitiveOrder() {
    }

    public static Field<String> of(Field<String> column, SQLDialect dialect) {
        return dialect.family() == SQLDialect.SQLITE ? column.collate("NOCASE") : column;
    }
}
