package io.aegis.application.port;

import java.time.Instant;
import java.util.Optional;

/** The client edited an older version of the resource than the one stored (a stale {@code If-Match}). */
public class StaleVersionException extends ConflictException {

    public StaleVersionException(String resourceType, Object id) {
        super("stale_version", resourceType + " " + id + " was changed by someone else; reload it and retry");
    }

    /**
     * The check a change makes before it starts: the version the client edited ({@code If-Match}), when it sent
     * one, must be the stored one.
     */
    public static void requireCurrent(Optional<Instant> expected, Instant stored, String resourceType, Object id) {
        if (expected.filter(version -> !version.equals(stored)).isPresent()) {
            throw new StaleVersionException(resourceType, id);
        }
    }
}
