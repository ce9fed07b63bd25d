package io.aegis.domain.identity;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a login session lasts (OWASP ASVS V7.3): it ends {@code absolute} after sign-in whatever happens, and
 * sooner when {@code idle} passes without a request.
 */
public record SessionTimeouts(Duration absolute, Duration idle) {

    /** Eight hours at most, thirty minutes without a request. */
    public static final SessionTimeouts DEFAULT = new SessionTimeouts(Duration.ofHours(8), Duration.ofMinutes(30));

    public SessionTimeouts {
        Objects.requireNonNull(absolute, "absolute");
        Objects.requireNonNull(idle, "idle");
        if (idle.compareTo(AuthToken.USE_RECORDED_EVERY.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("the idle timeout must be at least twice as long as "
                    + AuthToken.USE_RECORDED_EVERY + ", not " + idle);
        }
        if (absolute.compareTo(idle) < 0) {
            throw new IllegalArgumentException("the idle timeout (" + idle + ") cannot be longer than the"
                    + " absolute one (" + absolute + ")");
        }
    }
}
