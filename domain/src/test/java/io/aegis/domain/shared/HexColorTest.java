package io.aegis.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HexColorTest {

    @ParameterizedTest
    @ValueSource(strings = {"#000000", "#ffffff", "#1a2B3c"})
    void six_hex_digits_after_a_hash_are_a_colour_stored_upper_case(String raw) {
        assertThat(new HexColor(raw).value()).isEqualTo(raw.toUpperCase());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "#fff", "000000", "#0000000", "#GGGGGG", "#12345 ", " #123456", "red",
            "#12345\u0000"})
    void anything_else_is_refused_naming_the_field(String raw) {
        assertThatThrownBy(() -> new HexColor(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("color"));
    }
}
