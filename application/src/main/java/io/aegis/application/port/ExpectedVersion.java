package io.aegis.application.port;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What a change is conditional on (HTTP {@code If-Match}): nothing, or that the stored version is one of a
 * set. An empty set admits no version: what a list of only weak or unreadable tags stands for.
 *
 * @param anyOf the versions the client accepts; empty when the change is unconditional
 */
public record ExpectedVersion(Optional<Set<Instant>> anyOf) {

    /** No condition: no {@code If-Match}, or {@code If-Match: *} on a resource that exists. */
    public static final ExpectedVersion ANY = new ExpectedVersion(Optional.empty());

    public ExpectedVersion {
        anyOf = anyOf.map(Set::copyOf);
    }

    public static ExpectedVersion oneOf(Collection<Instant> versions) {
        return new ExpectedVersion(Optional.of(Set.copyOf(versions)));
    }

    public static ExpectedVersion of(Instant version) {
        return oneOf(Set.of(version));
    }

    /** Whether the client named versions at all: a lost race then means it edited a stale one. */
    public boolean conditional() {
        return anyOf.isPresent();
    }

    public boolean admits(Instant stored) {
        return anyOf.map(versions -> versions.contains(stored)).orElse(true);
    }
}
