package io.aegis.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(1_000, 16_000);

    @Test
    void a_route_ending_in_import_is_an_upload_and_any_other_a_request() {
        assertThat(limits.forPath("/api/v1/frameworks/import")).isEqualTo(16_000);
        assertThat(limits.forPath("/assets/import")).isEqualTo(16_000);
        assertThat(limits.forPath("/api/v1/frameworks")).isEqualTo(1_000);
        assertThat(limits.forPath("/api/v1/imports")).isEqualTo(1_000);
        assertThat(limits.forPath("/api/v1/import/risks")).isEqualTo(1_000);
        assertThat(limits.forPath(null)).isEqualTo(1_000);
    }

    @Test
    void an_upload_may_not_be_held_to_less_than_any_request() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BodyLimits(2_000, 1_000));
        assertThatIllegalArgumentException().isThrownBy(() -> new BodyLimits(0, 1_000));
    }
}
