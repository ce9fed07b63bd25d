package io.aegis.application.port;

/**
 * Someone changed the resource between this transaction's read and its write, and the client asked for no
 * particular version: nothing was wrong with the request, so {@link Transactions} runs the whole work again on
 * the changed resource. Reaches the client (409) only when every attempt lost such a race.
 */
public class ConcurrentChangeException extends ConflictException {

    public ConcurrentChangeException(String resourceType, Object id) {
        super("concurrent_change", resourceType + " " + id + " was changed by others at the same time; retry");
    }

    /** The database's verdict (a deadlock, a Galera certification conflict), when no resource is named. */
    public ConcurrentChangeException() {
        super("concurrent_change", "the change kept conflicting with concurrent changes of the same records;"
                + " nothing was changed, retry");
    }
}
