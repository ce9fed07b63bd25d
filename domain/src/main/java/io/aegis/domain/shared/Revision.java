package io.aegis.domain.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * When an aggregate was created and last changed, to the millisecond. The last change is its version for
 * optimistic locking: {@link #next} makes it strictly later on every change.
 */
public record Revision(Instant createdAt, Instant updatedAt) {

    public Revision {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The revision of something created {@code now}. */
    public static Revision first(Instant now) {
        Instant created = Timestamps.truncate(now);
        return new Revision(created, created);
    }

    /**
     * A stored row's revision, to the millisecond. A row never updated has no update time: its creation time
     * stands in. Rows written by the database itself or by other tools may carry microseconds (MySQL's
     * {@code CURRENT_TIMESTAMP(6)} default on the seeded roles) that a client's ETag cannot express.
     */
    public static Revision stored(Instant createdAt, Instant updatedAt) {
        return new Revision(createdAt, Timestamps.truncate(updatedAt == null ? createdAt : updatedAt));
    }

    /**
     * The revision after a change made {@code now}. Optimistic locking compares versions, so the new one is
     * strictly later than the last even when two changes fall within the same millisecond (storage keeps
     * milliseconds) or the clock went back.
     */
    public Revision next(Instant now) {
        Instant candidate = Timestamps.truncate(now);
        return new Revision(createdAt, candidate.isAfter(updatedAt) ? candidate : updatedAt.plusMillis(1));
    }

    /** What optimistic concurrency compares: the instant of the last change. */
    public Instant version() {
        return updatedAt;
    }
}
