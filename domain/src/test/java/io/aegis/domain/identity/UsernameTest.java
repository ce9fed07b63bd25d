package io.aegis.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Alice", "j.doe", "j_doe-2", "007", "A.B"})
    void letters_digits_and_dot_underscore_dash_are_kept_lower_case(String raw) {
        assertThat(new Username(raw).value()).isEqualTo(raw.toLowerCase());
    }

    @Test
    void case_does_not_make_another_user() {
        assertThat(new Username("ALICE")).isEqualTo(new Username("alice"));
    }

    @Test
    void the_length_runs_from_3_to_100() {
        assertThat(new Username("x".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> new Username("x".repeat(101))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Username("xy")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", ".abc", "_abc", "-abc", "a b", " abc", "abc ", "al@ce", "ålice", "\u212Aelvin",
            "abc\n", "abc\u0000"})
    void anything_else_is_refused_naming_the_field(String raw) {
        assertThatThrownBy(() -> new Username(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("username"));
    }
}
