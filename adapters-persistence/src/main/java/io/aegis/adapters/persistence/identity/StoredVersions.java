package io.aegis.adapters.persistence.identity;

import java.time.Instant;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The optimistic-locking condition of users and roles: the row still has the version the change started from. */
final class StoredVersions {

    private StoredVersions() {
    }

    /**
     * A row's version is its {@code updated_at}, or its {@code created_at} when it was never updated, to the
     * millisecond (see {@code User.restore}). Rows the database stamped itself (MySQL's microsecond defaults on
     * the seeded roles) match the millisecond they fall in; Aegis's own writes are whole milliseconds.
     */
    static Condition unchanged(Field<Instant> updatedAt, Field<Instant> createdAt, Instant expected) {
        Field<Instant> version = DSL.coalesce(updatedAt, createdAt);
        return version.ge(expected).and(version.lt(expected.plusMillis(1)));
    }
}
