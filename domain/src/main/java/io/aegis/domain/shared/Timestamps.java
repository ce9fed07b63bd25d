package io.aegis.domain.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Aegis keeps every timestamp to the millisecond: both databases store that precision exactly, so a
 * time read back equals the time written, which optimistic locking on versions relies on.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
