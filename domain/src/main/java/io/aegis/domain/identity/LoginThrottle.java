package io.aegis.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many failed logins are tolerated before further attempts are refused for a while: a few per
 * username (against guessing one account's password) and more per client address (against trying many
 * accounts from one place). Counting happens over a sliding window.
 *
 * @param perUsername failures of one username within the window that block it
 * @param perAddress  failures from one client address within the window that block it
 */
public record LoginThrottle(int perUsername, int perAddress, Duration window) {

    public static final LoginThrottle DEFAULT = new LoginThrottle(5, 20, Duration.ofMinutes(15));

    public LoginThrottle {
        if (perUsername < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("throttle limits must be positive");
        }
    }

    /** Where to look back from {@code now}. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * @param userFailures    the username's failures since {@link #windowStart}, oldest first
     * @param addressFailures the client address's failures since then, oldest first
     * @return how long to wait before the next attempt is allowed, or empty when it is allowed now
     */
    public Optional<Duration> waitBeforeNextAttempt(List<Instant> userFailures, List<Instant> addressFailures,
                                                    Instant now) {
        Optional<Instant> user = unblockedAt(userFailures, perUsername);
        Optional<Instant> address = unblockedAt(addressFailures, perAddress);
        return user.map(u -> address.filter(a -> a.isAfter(u)).orElse(u)).or(() -> address)
                .map(until -> Duration.between(now, until))
                .filter(wait -> !wait.isNegative() && !wait.isZero());
    }

    /** When enough failures have left the window for the count to drop below the limit. */
    private Optional<Instant> unblockedAt(List<Instant> failures, int limit) {
        if (failures.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(failures.get(failures.size() - limit).plus(window));
    }

    /** How many failures are worth loading: more than the larger limit changes nothing. */
    public int relevantFailures() {
        return Math.max(perUsername, perAddress);
    }
}
