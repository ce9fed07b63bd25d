package io.aegis.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BearerSecretTest {

    private static final byte[] RANDOM = filled(7);

    @Test
    void a_secret_carries_its_kind_prefix_and_43_base64url_characters() {
        BearerSecret token = BearerSecret.issue(CredentialKind.LOGIN_TOKEN, RANDOM);
        BearerSecret key = BearerSecret.issue(CredentialKind.API_KEY, RANDOM);

        assertThat(token.reveal()).startsWith("aegis_t_").hasSize(8 + 43);
        assertThat(key.reveal()).startsWith("aegis_k_").hasSize(8 + 43);
        assertThat(key.displayPrefix()).isEqualTo(key.reveal().substring(0, 12));
    }

    @Test
    void a_presented_secret_parses_back_to_the_same_kind_and_hash() {
        BearerSecret issued = BearerSecret.issue(CredentialKind.API_KEY, RANDOM);

        BearerSecret parsed = BearerSecret.parse(issued.reveal()).orElseThrow();

        assertThat(parsed.kind()).isEqualTo(CredentialKind.API_KEY);
        assertThat(parsed.hash()).isEqualTo(issued.hash());
        assertThat(BearerSecret.issue(CredentialKind.API_KEY, filled(8)).hash()).isNotEqualTo(issued.hash());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "aegis_t_", "aegis_x_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "aegis_t_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "aegis_t_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "aegis_t_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Bearer aegis_t_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void anything_not_shaped_like_an_aegis_secret_is_not_one(String presented) {
        assertThat(BearerSecret.parse(presented)).isEmpty();
    }

    @Test
    void its_text_never_shows_the_secret() {
        BearerSecret secret = BearerSecret.issue(CredentialKind.LOGIN_TOKEN, RANDOM);

        assertThat(secret.toString()).doesNotContain(secret.reveal().substring(8));
    }

    @Test
    void the_hash_is_sha256_hex() {
        assertThat(SecretHash.of("abc").value())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[BearerSecret.RANDOM_BYTES];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
