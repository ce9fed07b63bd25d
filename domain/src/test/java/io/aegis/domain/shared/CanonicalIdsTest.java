package io.aegis.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalIdsTest {

    @Test
    void an_id_has_one_spelling() {
        assertThat(CanonicalIds.parse("1")).hasValue(1);
        assertThat(CanonicalIds.parse("2147483647")).hasValue(Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "00", "01", "+1", "-1", " 1", "1 ", "1.0", "1e3", "0x1", "\uff11", "\u0661",
        "\u0967", "2147483648", "9999999999", "99999999999999999999", "1_000"})
    void every_other_spelling_is_no_id(String raw) {
        assertThat(CanonicalIds.parse(raw)).isEqualTo(OptionalLong.empty());
    }
}
