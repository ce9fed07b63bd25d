package io.aegis.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(10));

    @Test
    void fewer_failures_than_the_limit_do_not_block() {
        assertThat(throttle.waitBeforeNextAttempt(minutesAgo(5, 4), minutesAgo(5, 4), NOW)).isEmpty();
    }

    @Test
    void reaching_the_username_limit_blocks_until_enough_failures_leave_the_window() {
        // failures 9, 6 and 2 minutes ago: the oldest leaves the window in 1 minute
        assertThat(throttle.waitBeforeNextAttempt(minutesAgo(9, 6, 2), List.of(), NOW))
                .contains(Duration.ofMinutes(1));
    }

    @Test
    void the_address_limit_blocks_independently_and_the_longer_wait_wins() {
        List<Instant> address = minutesAgo(8, 7, 6, 5, 4);

        assertThat(throttle.waitBeforeNextAttempt(List.of(), address, NOW)).contains(Duration.ofMinutes(2));
        assertThat(throttle.waitBeforeNextAttempt(minutesAgo(9, 3, 1), address, NOW)).contains(Duration.ofMinutes(2));
    }

    @Test
    void only_as_many_failures_as_the_larger_limit_matter() {
        assertThat(throttle.relevantFailures()).isEqualTo(5);
        assertThat(throttle.windowStart(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(10)));
    }

    private static List<Instant> minutesAgo(int... minutes) {
        return IntStream.of(minutes).mapToObj(m -> NOW.minus(Duration.ofMinutes(m))).toList();
    }
}
