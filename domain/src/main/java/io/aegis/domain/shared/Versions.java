package io.aegis.domain.shared;

import java.time.Instant;

/** How aggregates are versioned for optimistic locking: by the time of their last change, to the millisecond. */
public final class Versions {

    private Versions() {
    }

    /**
     * The version of a stored row: the time of its last change, or of its creation when it was never updated,
     * to the millisecond. Rows written by the database itself or by other tools may carry microseconds (MySQL's
     * {@code CURRENT_TIMESTAMP(6)} default on the seeded roles) that a client's ETag cannot express.
     */
    public static Instant stored(Instant createdAt, Instant updatedAt) {
        return Timestamps.truncate(updatedAt == null ? createdAt : updatedAt);
    }

    /**
     * Optimistic locking compares versions, so a new one must be strictly later than the last even when two
     * changes fall within the same millisecond (storage keeps milliseconds) or the clock went back.
     */
    public static Instant after(Instant lastChange, Instant now) {
        Instant candidate = Timestamps.truncate(now);
        return candidate.isAfter(lastChange) ? candidate : lastChange.plusMillis(1);
    }
}
