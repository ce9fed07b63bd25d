package io.aegis.application.port;

/** The client edited an older version of the resource than the one stored (a stale {@code If-Match}). */
public class StaleVersionException extends ConflictException {

    public StaleVersionException(String resourceType, Object id) {
        super("stale_version", resourceType + " " + id + " was changed by someone else; reload it and retry");
    }
}
