package io.aegis.adapters.persistence;

import java.time.Instant;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The optimistic-locking condition: the row still has the version the change started from. */
public final class StoredVersions {

    private StoredVersions() {
    }

    /**
     * A row's version is its {@code updated_at}, or its {@code created_at} when it was never updated, to the
     * millisecond (see {@code Revision.stored}). Rows the database stamped itself (MySQL's microsecond defaults
     * on the seeded roles and risk matrix) match the millisecond they fall in; Aegis's own writes are whole
     * milliseconds.
     */
    public static Condition unchanged(Field<Instant> updatedAt, Field<Instant> createdAt, Instant expected) {
        Field<Instant> version = DSL.coalesce(updatedAt, createdAt);
        return version.ge(expected).and(version.lt(expected.plusMillis(1)));
    }
}
