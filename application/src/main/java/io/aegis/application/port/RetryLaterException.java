package io.aegis.application.port;

import io.aegis.domain.shared.AegisException;
import java.time.Duration;

/**
 * The database cannot take the request now, for a reason that passes: the same request may succeed after
 * {@link #retryAfter()}. 503 with {@code Retry-After} over HTTP, never a 500.
 */
public abstract class RetryLaterException extends AegisException {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    protected RetryLaterException(String code, String message, Throwable cause) {
        super(code, message);
        initCause(cause);
    }

    public Duration retryAfter() {
        return RETRY_AFTER;
    }
}
