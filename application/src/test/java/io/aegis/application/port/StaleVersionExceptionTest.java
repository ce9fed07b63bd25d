package io.aegis.application.port;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StaleVersionExceptionTest {

    private static final Instant LOADED = Instant.parse("2026-11-27T08:15:00.250Z");

    @Test
    void a_write_that_found_its_version_passes() {
        assertThatCode(() -> StaleVersionException.requireWritten(true, ExpectedVersion.of(LOADED), "asset", 1))
                .doesNotThrowAnyException();
        assertThatCode(() -> StaleVersionException.requireWritten(true, ExpectedVersion.ANY, "asset", 1))
                .doesNotThrowAnyException();
    }

    @Test
    void a_lost_write_is_a_stale_if_match_when_the_client_named_a_version_and_a_race_to_run_again_otherwise() {
        assertThatThrownBy(() -> StaleVersionException.requireWritten(false, ExpectedVersion.of(LOADED), "asset", 1))
                .isExactlyInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> StaleVersionException.requireWritten(false, ExpectedVersion.ANY, "asset", 1))
                .isExactlyInstanceOf(ConcurrentChangeException.class);
    }
}
