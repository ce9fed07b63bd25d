package io.aegis.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @Test
    void surrounding_white_space_is_trimmed() {
        assertThat(Names.require("name", "  Servers \t", 10)).isEqualTo("Servers");
    }

    @Test
    void the_limit_counts_characters_not_utf16_units() {
        String fiveEmoji = "🛡🛡🛡🛡🛡";

        assertThat(Names.require("name", fiveEmoji, 5)).isEqualTo(fiveEmoji);
        assertThatThrownBy(() -> Names.require("name", fiveEmoji + "x", 5))
                .hasMessageContaining("at most 5 characters");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "tab\there", "line\nbreak", "nul\u0000"})
    void missing_blank_or_control_characters_are_refused(String raw) {
        assertThatThrownBy(() -> Names.require("title", raw, 100))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }
}
