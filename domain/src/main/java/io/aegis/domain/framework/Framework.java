package io.aegis.domain.framework;

import io.aegis.domain.shared.Revision;
import io.aegis.domain.shared.Versioned;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A control framework (NIST SP 800-53 Rev 5, CSF 2.0, ASVS), organisation-wide reference data whose controls come
 * from its catalog. A newer version of the catalog revises it in place: the same framework, its controls updated.
 */
public final class Framework implements Versioned {

    private final FrameworkId id;
    private final FrameworkDetails details;
    private final boolean active;
    private final Revision revision;

    private Framework(FrameworkId id, FrameworkDetails details, boolean active, Revision revision) {
        this.id = id;
        this.details = Objects.requireNonNull(details, "details");
        this.active = active;
        this.revision = Objects.requireNonNull(revision, "revision");
    }

    /** A framework first imported {@code now}; it has no id until it is stored. */
    public static Framework adopt(FrameworkDetails details, Instant now) {
        return new Framework(null, details, true, Revision.first(now));
    }

    /** Rehydrates a stored framework. A row never updated has no update time: its creation time stands in. */
    public static Framework restore(FrameworkId id, FrameworkDetails details, boolean active, Instant createdAt,
                                    Instant updatedAt) {
        return new Framework(Objects.requireNonNull(id, "id"), details, active,
                Revision.stored(createdAt, updatedAt));
    }

    public Framework identifiedAs(FrameworkId assignedId) {
        return new Framework(Objects.requireNonNull(assignedId), details, active, revision);
    }

    /** The framework as a newer catalog describes it; the same one when the catalog says nothing new. */
    public Framework revise(FrameworkDetails newDetails, Instant now) {
        return newDetails.equals(details) ? this : new Framework(id, newDetails, active, revision.next(now));
    }

    @Override
    public Revision revision() {
        return revision;
    }

    public Optional<FrameworkId> id() {
        return Optional.ofNullable(id);
    }

    public FrameworkDetails details() {
        return details;
    }

    public boolean active() {
        return active;
    }
}
