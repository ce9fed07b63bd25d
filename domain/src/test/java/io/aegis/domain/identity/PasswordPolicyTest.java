package io.aegis.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aegis.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final Username alice = new Username("alice.wonder");
    private final EmailAddress email = new EmailAddress("alice@example.org");

    @Test
    void twelve_characters_are_enough_and_they_are_counted_as_characters_not_bytes() {
        assertThat(new PlainPassword("x".repeat(12)).value()).hasSize(12);
        assertThat(new PlainPassword("ü".repeat(12)).value()).hasSize(12);
        assertThatThrownBy(() -> new PlainPassword("x".repeat(11)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).contains("at least 12");
                });
    }

    @Test
    void at_most_72_bytes_of_utf8_because_bcrypt_ignores_the_rest() {
        String seventyTwoBytes = "€".repeat(24);
        assertThat(seventyTwoBytes.getBytes(StandardCharsets.UTF_8)).hasSize(72);

        assertThat(new PlainPassword(seventyTwoBytes).value()).isEqualTo(seventyTwoBytes);
        assertThatThrownBy(() -> new PlainPassword(seventyTwoBytes + "x"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("72 bytes");
        assertThatThrownBy(() -> new PlainPassword("x".repeat(73))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_missing_password_is_refused() {
        assertThatThrownBy(() -> new PlainPassword(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_password_never_shows_in_logs_or_messages() {
        PlainPassword password = new PlainPassword("correct horse battery");
        PasswordHash hash = new PasswordHash("$2b$12$abcdefghijklmnopqrstuv");

        assertThat(password.toString()).doesNotContain("horse");
        assertThat(hash.toString()).doesNotContain("$2b$");
        assertThat(new Wrapper(password, hash).toString()).doesNotContain("horse", "$2b$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALICE.WONDER", "alice.wonder", "Alice@Example.org"})
    void the_username_or_the_email_ignoring_case_is_not_a_password(String raw) {
        PlainPassword password = new PlainPassword(raw);

        assertThatThrownBy(() -> password.requireDistinctFrom(alice, email))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("password"));
    }

    @Test
    void a_password_merely_containing_the_username_is_allowed() {
        assertThatCode(() -> new PlainPassword("alice.wonder-2026!").requireDistinctFrom(alice, email))
                .doesNotThrowAnyException();
    }

    private record Wrapper(PlainPassword password, PasswordHash hash) {
    }
}
