package io.aegis.application.port;

import java.time.Instant;

/** The client edited an older version of the resource than the one stored (a stale {@code If-Match}). */
public class StaleVersionException extends ConflictException {

    public StaleVersionException(String resourceType, Object id) {
        super("stale_version", resourceType + " " + id + " was changed by someone else; reload it and retry");
    }

    /**
     * The check a change makes before it starts: the stored version must be one the client edited
     * ({@code If-Match}), when it named any.
     */
    public static void requireCurrent(ExpectedVersion expected, Instant stored, String resourceType, Object id) {
        if (!expected.admits(stored)) {
            throw new StaleVersionException(resourceType, id);
        }
    }
}
