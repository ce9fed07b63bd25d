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

    /**
     * The check a change makes when it writes the version it loaded: if someone changed the resource in between,
     * a client that named its version ({@code If-Match}) now holds a stale one, while a client that named none is
     * served by running the change again on the new version ({@link ConcurrentChangeException}).
     */
    public static void requireWritten(boolean written, ExpectedVersion expected, String resourceType, Object id) {
        if (!written) {
            throw expected.conditional() ? new StaleVersionException(resourceType, id)
                    : new ConcurrentChangeException(resourceType, id);
        }
    }
}
