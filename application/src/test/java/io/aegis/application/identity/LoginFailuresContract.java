package io.aegis.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.aegis.application.identity.port.out.LoginFailures;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the throttle relies on from the store of failed password checks, whichever adapter holds them. */
public abstract class LoginFailuresContract {

    private static final Instant NOW = Instant.parse("2026-11-27T08:15:00.250Z");

    private LoginFailures failures;

    /** A store holding no failures. */
    protected abstract LoginFailures emptyStore();

    @BeforeEach
    void empty() {
        failures = emptyStore();
    }

    @Test
    void the_latest_failures_of_a_username_since_a_moment_come_oldest_first() {
        failures.record("alice", "10.0.0.1", minutesAgo(20));
        failures.record("alice", "10.0.0.2", minutesAgo(3));
        failures.record("alice", "10.0.0.1", minutesAgo(9));
        failures.record("alice", "10.0.0.1", minutesAgo(1));
        failures.record("bob", "10.0.0.1", minutesAgo(2));

        assertThat(failures.ofUsername("alice", minutesAgo(15), 2)).containsExactly(minutesAgo(3), minutesAgo(1));
        assertThat(failures.ofUsername("alice", minutesAgo(9), 5))
                .containsExactly(minutesAgo(9), minutesAgo(3), minutesAgo(1));
        assertThat(failures.fromAddress("10.0.0.1", minutesAgo(15), 5))
                .containsExactly(minutesAgo(9), minutesAgo(2), minutesAgo(1));
        assertThat(failures.ofUsername("carol", minutesAgo(15), 5)).isEmpty();
    }

    @Test
    void clearing_a_username_forgets_its_failures_only() {
        failures.record("alice", "10.0.0.1", minutesAgo(2));
        failures.record("bob", "10.0.0.1", minutesAgo(1));

        failures.clear("alice");

        assertThat(failures.ofUsername("alice", minutesAgo(15), 5)).isEmpty();
        assertThat(failures.ofUsername("bob", minutesAgo(15), 5)).containsExactly(minutesAgo(1));
        assertThat(failures.fromAddress("10.0.0.1", minutesAgo(15), 5)).containsExactly(minutesAgo(1));
    }

    @Test
    void failures_older_than_a_moment_are_forgotten_whoever_made_them() {
        failures.record("alice", "10.0.0.1", minutesAgo(20));
        failures.record("bob", "10.0.0.2", minutesAgo(30));
        failures.record("alice", "10.0.0.1", minutesAgo(2));

        assertThat(failures.forgetBefore(minutesAgo(10))).isEqualTo(2);

        assertThat(failures.ofUsername("alice", minutesAgo(60), 5)).containsExactly(minutesAgo(2));
        assertThat(failures.ofUsername("bob", minutesAgo(60), 5)).isEmpty();
        assertThat(failures.forgetBefore(minutesAgo(10))).isZero();
    }

    private static Instant minutesAgo(int minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }
}
