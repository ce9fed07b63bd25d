package io.aegis.adapters.integrations.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PlainPassword;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BcryptPasswordHasherTest {

    /** The lowest cost bcrypt allows: these tests check behaviour, not strength. */
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);
    private final PlainPassword password = new PlainPassword("correct horse battery staple");

    @Test
    void a_hash_is_a_salted_2b_bcrypt_string_of_the_configured_cost_that_matches_only_its_password() {
        PasswordHash hash = hasher.hash(password);

        assertThat(hash.value()).startsWith("$2b$04$").hasSize(60).doesNotContain("horse");
        assertThat(hasher.matches(password, hash)).isTrue();
        assertThat(hasher.matches(new PlainPassword("correct horse battery stapler"), hash)).isFalse();
        assertThat(hasher.hash(password)).isNotEqualTo(hash);
    }

    @Test
    void the_default_cost_is_12() {
        assertThat(BcryptPasswordHasher.DEFAULT_COST).isEqualTo(12);
    }

    @Test
    void every_one_of_72_bytes_counts_even_in_multi_byte_characters() {
        String base = "€".repeat(23) + "abc";
        assertThat(base.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        PasswordHash hash = hasher.hash(new PlainPassword(base));

        assertThat(hasher.matches(new PlainPassword("€".repeat(23) + "abd"), hash)).isFalse();
        assertThat(hasher.matches(new PlainPassword(base), hash)).isTrue();
    }

    @Test
    void the_nfkc_form_is_hashed_and_hashes_of_the_form_as_typed_from_before_still_verify() {
        String decomposed = "e\u0301te\u0301 a\u0300 la plage";
        PlainPassword typedDecomposed = new PlainPassword(decomposed);
        PlainPassword typedComposed = new PlainPassword("\u00e9t\u00e9 \u00e0 la plage");
        PasswordHash beforeNormalising = new PasswordHash(new String(BCrypt.with(BCrypt.Version.VERSION_2B)
                .hash(4, decomposed.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII));

        PasswordHash hash = hasher.hash(typedDecomposed);

        assertThat(hasher.matches(typedComposed, hash)).isTrue();
        assertThat(hasher.matches(typedDecomposed, hash)).isTrue();
        assertThat(hasher.matches(typedDecomposed, beforeNormalising)).isTrue();
        assertThat(hasher.matches(new PlainPassword("ete a la plage 2026"), hash)).isFalse();
    }

    /** Reference values from libxcrypt's crypt(3) (Debian 12), so hashes move between implementations. */
    @Test
    void hashes_made_by_other_bcrypt_implementations_are_understood() {
        PasswordHash openBsdStyle = new PasswordHash("$2b$04$x2NItoqrkb6fMKxtUCKj8us4XiuyAWKFKPO6QK/i./rbcoV828jRG");
        PlainPassword seventyTwoBytes = new PlainPassword("x".repeat(70) + "é");

        assertThat(hasher.matches(seventyTwoBytes, openBsdStyle)).isTrue();
        assertThat(hasher.matches(new PlainPassword("x".repeat(70) + "è"), openBsdStyle)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a hash", "$2b$04$short",
            "$2b$99$x2NItoqrkb6fMKxtUCKj8us4XiuyAWKFKPO6QK/i./rbcoV828jRG", "$argon2id$v=19$m=65536,t=3,p=4$abc$def"})
    void a_malformed_stored_hash_is_no_match_and_no_error(String stored) {
        assertThat(hasher.matches(password, new PasswordHash(stored))).isFalse();
    }

    @Test
    void costs_outside_bcrypts_range_are_refused() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BcryptPasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
