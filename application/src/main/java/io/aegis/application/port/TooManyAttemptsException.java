package io.aegis.application.port;

import io.aegis.domain.shared.AegisException;
import java.time.Duration;

/** The caller tried too often; it may try again after {@link #retryAfter()}. */
public class TooManyAttemptsException extends AegisException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("too_many_attempts", "too many failed attempts; try again in " + retryAfter.toSeconds() + " seconds");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
