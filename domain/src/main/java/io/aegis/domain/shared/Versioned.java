package io.aegis.domain.shared;

import java.time.Instant;

/** An aggregate versioned by its {@link Revision}: its times and version are read through it, in one way. */
public interface Versioned {

    Revision revision();

    default Instant createdAt() {
        return revision().createdAt();
    }

    default Instant updatedAt() {
        return revision().updatedAt();
    }

    /** What optimistic concurrency compares: the instant of the last change. */
    default Instant version() {
        return revision().version();
    }
}
