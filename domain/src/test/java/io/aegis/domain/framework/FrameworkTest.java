package io.aegis.domain.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrameworkTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00.123456Z");
    private static final Instant T1 = Instant.parse("2026-12-06T09:00:00Z");
    private static final FrameworkDetails REV5 = new FrameworkDetails(" NIST SP 800-53 Rev 5 ", "5.1.1", "  ", "NIST",
            "catalog", LocalDate.of(2023, 11, 6));

    @Test
    void details_are_trimmed_and_a_blank_text_is_absent() {
        assertThat(REV5.name()).isEqualTo("NIST SP 800-53 Rev 5");
        assertThat(REV5.description()).isNull();
        assertThat(REV5.versionText()).contains("5.1.1");
    }

    @Test
    void a_framework_needs_a_name_and_texts_within_their_columns() {
        assertThatThrownBy(() -> new FrameworkDetails(" ", null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> new FrameworkDetails("n", "v".repeat(51), null, null, null, null))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("version");
        assertThatThrownBy(() -> new FrameworkDetails("n", null, "é".repeat(40_000), null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("bytes");
    }

    @Test
    void an_adopted_framework_is_active_and_has_no_id_until_stored() {
        Framework framework = Framework.adopt(REV5, T0);

        assertThat(framework.id()).isEmpty();
        assertThat(framework.active()).isTrue();
        assertThat(framework.version()).isEqualTo(Instant.parse("2026-12-06T08:00:00.123Z"));
        assertThat(framework.identifiedAs(new FrameworkId(7)).id()).contains(new FrameworkId(7));
    }

    @Test
    void revising_with_the_same_details_is_no_change_and_with_new_ones_a_new_version() {
        Framework framework = Framework.restore(new FrameworkId(1), REV5, true, T0, null);

        assertThat(framework.revise(REV5, T1)).isSameAs(framework);
        Framework newer = framework.revise(new FrameworkDetails(REV5.name(), "5.2.0", null, "NIST", "catalog",
                LocalDate.of(2025, 8, 27)), T1);
        assertThat(newer.details().version()).isEqualTo("5.2.0");
        assertThat(newer.version()).isEqualTo(T1);
        assertThat(newer.createdAt()).isEqualTo(framework.createdAt());
    }
}
