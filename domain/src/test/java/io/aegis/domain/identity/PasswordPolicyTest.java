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
    private final PasswordPolicy policy = PasswordPolicy.standard();

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
    @ValueSource(strings = {"ALICE.WONDER", "alice.wonder", "Alice@Example.org", "alice.wonder-2026!",
            "Alice@Example.org!!", "Aegis-server-01", "aegisaegisaegis", "aegis-alice.wonder"})
    void the_username_the_email_or_the_product_name_with_a_little_around_it_is_not_a_password(String raw) {
        assertRefused(raw, "may not be built on the username");
    }

    @Test
    void a_long_passphrase_that_happens_to_contain_the_username_or_the_product_name_is_allowed() {
        assertThatCode(() -> policy.requireAcceptable(new PlainPassword("alice.wonder went down the rabbit hole"),
                alice, email)).doesNotThrowAnyException();
        assertThatCode(() -> policy.requireAcceptable(new PlainPassword("my aegis passphrase is quite long"),
                alice, email)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "PASSWORD1234!", "1234 monkey 5678", "qwerty123456",
            "123456789012", "!!dragon!!!!", "iloveyou2026"})
    void a_common_password_with_or_without_digits_or_symbols_around_it_is_refused(String raw) {
        assertRefused(raw, "most commonly used passwords");
    }

    @Test
    void a_common_password_in_full_width_letters_is_the_same_common_password() {
        String fullWidth = "\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44\uFF11\uFF12\uFF13\uFF14";

        assertThat(new PlainPassword(fullWidth).normalized()).isEqualTo("password1234");
        assertRefused(fullWidth, "most commonly used passwords");
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "aaaaaaaaaaaa", "abababababab", "abcabcabcabc"})
    void too_few_different_characters_are_refused(String raw) {
        assertRefused(raw, "at least 4 different characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a long password\u0000", "a long\tpassword", "a long password\n", "a long\u007Fpassword",
            "a long\u0085password"})
    void control_characters_are_refused(String raw) {
        assertRefused(raw, "control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "a perfectly long password", "Tr0ub4dor&3 but longer",
            "\u00e9t\u00e9 \u00e0 la plage 2026", "\u6b63\u3057\u3044\u99ac\u306e\u96fb\u6c60\u306e\u91dd\u3068\u7d19\u3068\u6728"})
    void ordinary_passphrases_in_any_script_are_allowed(String raw) {
        assertThatCode(() -> policy.requireAcceptable(new PlainPassword(raw), alice, email)).doesNotThrowAnyException();
    }

    @Test
    void the_shipped_list_is_the_documented_one() {
        CommonPasswords shipped = CommonPasswords.shipped();

        assertThat(shipped.size()).isEqualTo(49_232);
        assertThat(shipped.contains("password")).isTrue();
        assertThat(shipped.contains("password1234")).isTrue();
        assertThat(shipped.contains("# licence of the source (mit), reproduced as it requires:")).isFalse();
    }

    @Test
    void normalising_keeps_the_form_as_typed_for_hashes_set_before_it() {
        String decomposed = "e\u0301te\u0301 a\u0300 la plage";
        PlainPassword typed = new PlainPassword(decomposed);

        assertThat(typed.normalized()).isEqualTo("\u00e9t\u00e9 \u00e0 la plage");
        assertThat(typed.unnormalized()).contains(decomposed);
        assertThat(new PlainPassword("already normal form").unnormalized()).isEmpty();
    }

    private void assertRefused(String raw, String reason) {
        assertThatThrownBy(() -> policy.requireAcceptable(new PlainPassword(raw), alice, email))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.getMessage()).contains(reason);
                });
    }

    private record Wrapper(PlainPassword password, PasswordHash hash) {
    }
}
