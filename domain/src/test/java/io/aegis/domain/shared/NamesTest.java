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
    void names_are_composed_and_no_break_spaces_trimmed_too() {
        assertThat(Names.require("name", "\u00a0Cafe\u0301\u202f", 10)).isEqualTo("Caf\u00e9");
        assertThatThrownBy(() -> Names.require("name", "\u00a0\u2007", 10)).hasMessageContaining("blank");
    }

    @Test
    void keys_ignore_letter_case_and_form_but_not_accents_or_spelling() {
        assertThat(Names.key(" \u00c4RZTE ")).isEqualTo(Names.key("A\u0308rzte")).isEqualTo("\u00e4rzte");
        assertThat(Names.key("Caf\u00e9")).isNotEqualTo(Names.key("Cafe"));
        assertThat(Names.key("Stra\u00dfe")).isNotEqualTo(Names.key("STRASSE"));
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
