package io.aegis.application.identity;

import io.aegis.application.identity.port.out.LoginFailures;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.application.port.AuditEntry;
import io.aegis.application.port.TooManyAttemptsException;
import io.aegis.application.port.UseCaseRunner;
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
 * or through a signed-in session, and exactly one hash comparison per allowed attempt. The attempt is taken
 * from the budget before the comparison, so parallel guesses cannot all be compared while the budget looks
 * unspent; a proven password gives it back ({@link #forgetFailures}).
 *
 * <p>Built once and shared by the services that check passwords: it keeps the stand-in hash it computes once.
 */
public final class PasswordChecks {

    /** Checked against the stand-in hash when there is nothing real to compare, so that a refusal takes as long. */
    private static final PlainPassword STAND_IN = new PlainPassword("stand-in password, never valid");

    private final UseCaseRunner run;
    private final PasswordHasher hasher;
    private final LoginFailures failures;
    private final LoginThrottle throttle;
    private final Supplier<PasswordHash> standInHash;

    public PasswordChecks(UseCaseRunner run, PasswordHasher hasher, LoginFailures failures, LoginThrottle throttle) {
        this.run = run;
        this.hasher = hasher;
        this.failures = failures;
        this.throttle = throttle;
        this.standInHash = memoize(() -> hasher.hash(STAND_IN));
    }

    /**
     * Takes one attempt from the username's and the address's budgets and records it as a failure, or, when
     * either is spent, records nothing but the refusal's audit entry ({@code throttled}, in a transaction of its
     * own).
     *
     * @throws TooManyAttemptsException saying how long to wait, when the username's or the address's budget is spent
     */
    void reserveAttempt(PasswordAttempt attempt) {
        Optional<Duration> wait = reserve(attempt);
        if (wait.isPresent()) {
            refuse(attempt, AuditEntry.Outcome.DENIED, "throttled");
            throw new TooManyAttemptsException(wait.get());
        }
    }

    /**
     * Judged and recorded in a short transaction of its own, committed before the slow comparison starts, taking
     * turns with every other attempt of the same username or address on every node ({@link LoginFailures#takeTurn}).
     */
    private Optional<Duration> reserve(PasswordAttempt attempt) {
        String attempted = bounded(attempt.username());
        String clientAddress = attempt.clientAddress();
        Instant now = attempt.at();
        // a budget already spent is refused on a plain read, without waiting for a turn or writing anything: a
        // flood of throttled guesses then neither queues behind the turns nor makes nodes conflict. Only the turn
        // may allow an attempt; it reads again, in a transaction whose first read follows the turn.
        Optional<Duration> spent = waitBeforeNextAttempt(attempted, clientAddress, now);
        if (spent.isPresent()) {
            return spent;
        }
        return run.inChange(attempt.actor(), attempt.action(), change -> {
            failures.takeTurn(attempted, clientAddress);
            Optional<Duration> wait = waitBeforeNextAttempt(attempted, clientAddress, now);
            if (wait.isEmpty()) {
                failures.record(attempted, clientAddress, now);
            }
            return wait;
        });
    }

    private Optional<Duration> waitBeforeNextAttempt(String attempted, String clientAddress, Instant now) {
        Instant since = throttle.windowStart(now);
        return throttle.waitBeforeNextAttempt(failures.ofUsername(attempted, since, throttle.relevantFailures()),
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

    /**
     * {@link #matches} for a signed-in user, who is active and known: a right password gives the failures back at
     * once, in a transaction of its own, since whatever the caller refuses next is no wrong password.
     */
    boolean proves(PasswordAttempt attempt, PlainPassword password, Optional<PasswordHash> stored) {
        boolean right = matches(Optional.of(password), stored);
        if (right) {
            run.inChange(attempt.actor(), attempt.action(), change -> {
                forgetFailures(attempt.username());
                return null;
            });
        }
        return right;
    }

    /** Audits a refused attempt in a transaction of its own: the change it asked for is not made. */
    void refuse(PasswordAttempt attempt, AuditEntry.Outcome outcome, String reason) {
        run.inChange(attempt.actor(), attempt.action(), change -> {
            change.record(attempt.refusal(outcome, reason));
            return null;
        });
    }

    /** The password was proven: the username's failures, this attempt's included, no longer count against it. */
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
