package io.aegis.application.port;

import io.aegis.domain.shared.AegisException;
import java.time.Duration;

/**
 * The database kept refusing the change for reasons that pass (it lost every race to concurrent transactions within
 * the bounds of the whole-transaction retry): nothing was changed, and the same request may succeed a moment
 * later. 503 with {@code Retry-After} over HTTP, never a 500.
 */
public class DatabaseBusyException extends AegisException {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    public DatabaseBusyException(Throwable cause) {
        super("database_busy", "the database is too busy to take this change now; nothing was changed, try again");
        initCause(cause);
    }

    public Duration retryAfter() {
        return RETRY_AFTER;
    }
}
