package io.aegis.application.identity;

import io.aegis.application.identity.port.out.LoginFailures;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.domain.identity.LoginThrottle;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PlainPassword;
import io.aegis.domain.identity.Username;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How every service that asks for a user's password checks it: one budget of failures per username and per
 * client address ({@link LoginThrottle} over {@link LoginFailures}), whether the guess came through the login
 * or through a signed-in session, and exactly one hash comparison per allowed attempt.
 */
final class PasswordChecks {

    /** Checked against the stand-in hash when there is nothing real to compare, so that a refusal takes as long. */
    private static final PlainPassword STAND_IN = new PlainPassword("stand-in password, never valid");

    private final PasswordHasher hasher;
    private final LoginFailures failures;
    private final LoginThrottle throttle;
    private final Supplier<PasswordHash> standInHash;

    PasswordChecks(PasswordHasher hasher, LoginFailures failures, LoginThrottle throttle) {
        this.hasher = hasher;
        this.failures = failures;
        this.throttle = throttle;
        this.standInHash = memoize(() -> hasher.hash(STAND_IN));
    }

    /** How long the username or the address must wait before its password may be checked again, if at all. */
    Optional<Duration> waitBeforeNextAttempt(String username, String clientAddress, Instant now) {
        Instant since = throttle.windowStart(now);
        return throttle.waitBeforeNextAttempt(
                failures.ofUsername(bounded(username), since, throttle.relevantFailures()),
                failures.fromAddress(clientAddress, since, throttle.relevantFailures()), now);
    }

    /** Always runs one hash comparison, whether or not there is a stored hash or a plausible password. */
    boolean matches(Optional<PlainPassword> password, Optional<PasswordHash> stored) {
        if (password.isEmpty() || stored.isEmpty()) {
            hasher.matches(STAND_IN, standInHash.get());
            return false;
        }
        return hasher.matches(password.get(), stored.get());
    }

    void recordFailure(String username, String clientAddress, Instant at) {
        failures.record(bounded(username), clientAddress, at);
    }

    /** The password was proven: earlier failures of the username no longer count against it. */
    void forgetFailures(String username) {
        failures.clear(bounded(username));
    }

    /** Attempted usernames come from anyone: keep them to the column's length. */
    static String bounded(String username) {
        return username.length() <= Username.MAX_LENGTH ? username : username.substring(0, Username.MAX_LENGTH);
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T result = value;
                if (result == null) {
                    synchronized (this) {
                        result = value;
                        if (result == null) {
                            value = result = supplier.get();
                        }
                    }
                }
                return result;
            }
        };
    }
}
