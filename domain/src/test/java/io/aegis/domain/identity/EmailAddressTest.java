package io.aegis.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "First.Last+tag@Example.ORG", "x_y%z@sub-domain.example.io"})
    void the_schemas_shape_is_accepted_and_kept_lower_case(String raw) {
        assertThat(new EmailAddress(raw).value()).isEqualTo(raw.toLowerCase());
    }

    @Test
    void at_most_255_characters() {
        String longest = "x".repeat(244) + "@example.io";

        assertThat(new EmailAddress(longest).value()).hasSize(255);
        assertThatThrownBy(() -> new EmailAddress("x" + longest)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "plain", "@example.org", "a@", "a@b", "a@b.c", "a@@b.co", "a@b_c.co", "a b@c.co",
            " a@b.co", "a@b.co ", "a@b.co\n", "ä@b.co", "a@b.c0"})
    void anything_else_is_refused_naming_the_field(String raw) {
        assertThatThrownBy(() -> new EmailAddress(raw))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }
}
