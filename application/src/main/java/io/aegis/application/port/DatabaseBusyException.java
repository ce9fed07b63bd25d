package io.aegis.application.port;

/**
 * The database kept refusing the change for reasons that pass (it lost every race to concurrent transactions within
 * the bounds of the whole-transaction retry): nothing was changed, and the same request may succeed a moment
 * later.
 */
public class DatabaseBusyException extends RetryLaterException {

    public DatabaseBusyException(Throwable cause) {
        super("database_busy", "the database is too busy to take this change now; nothing was changed, try again",
                cause);
    }
}
