package io.aegis.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DescriptionTest {

    @Test
    void keeps_text_up_to_the_limit_exactly() {
        String longest = "x".repeat(Description.MAX_LENGTH);

        assertThat(new Description(longest).value()).isEqualTo(longest);
        assertThat(new Description("  kept as written\n").value()).isEqualTo("  kept as written\n");
    }

    @Test
    void refuses_longer_text() {
        assertThatThrownBy(() -> new Description("x".repeat(Description.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at most 10000");
    }
}
