package io.aegis.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuthTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");
    private static final SessionTimeouts TIMEOUTS = new SessionTimeouts(Duration.ofHours(8), Duration.ofMinutes(30));
    private static final SecretHash HASH = new SecretHash("a".repeat(64));

    @Test
    void a_session_ends_when_it_has_been_idle_for_the_idle_timeout() {
        AuthToken issued = AuthToken.issue(new UserId(1), HASH, NOW, TIMEOUTS);

        assertThat(issued.isValidAt(NOW.plus(Duration.ofMinutes(30)).minusMillis(1), TIMEOUTS.idle())).isTrue();
        assertThat(issued.isValidAt(NOW.plus(Duration.ofMinutes(30)), TIMEOUTS.idle())).isFalse();
    }

    @Test
    void a_session_used_lately_lasts_until_its_absolute_end_and_no_longer() {
        Instant end = NOW.plus(Duration.ofHours(8));
        AuthToken usedJustBefore = restored(end.minus(Duration.ofMinutes(5)), null);

        assertThat(usedJustBefore.isValidAt(end.minusMillis(1), TIMEOUTS.idle())).isTrue();
        assertThat(usedJustBefore.isValidAt(end, TIMEOUTS.idle())).isFalse();
    }

    @Test
    void a_revoked_session_is_over_however_recently_it_was_used() {
        assertThat(restored(NOW, NOW).isValidAt(NOW.plusSeconds(1), TIMEOUTS.idle())).isFalse();
    }

    @Test
    void a_use_is_recorded_once_the_recorded_one_is_a_minute_old() {
        AuthToken token = restored(NOW, null);

        assertThat(token.useWorthRecordingAt(NOW.plusSeconds(59))).isFalse();
        assertThat(token.useWorthRecordingAt(NOW.plusSeconds(60))).isTrue();
    }

    @Test
    void timeouts_that_cannot_work_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionTimeouts(Duration.ofHours(1),
                Duration.ofSeconds(90)));
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionTimeouts(Duration.ofMinutes(10),
                Duration.ofMinutes(20)));
    }

    private static AuthToken restored(Instant lastUsedAt, Instant revokedAt) {
        return AuthToken.restore(7, new UserId(1), HASH, NOW, NOW.plus(Duration.ofHours(8)), lastUsedAt, revokedAt);
    }
}
