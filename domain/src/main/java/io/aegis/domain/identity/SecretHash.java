package io.aegis.domain.identity;

import io.aegis.domain.shared.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 of a bearer secret, hex-encoded: what is stored and looked up. A fast hash is enough here
 * (unlike for passwords) because the secrets carry 256 random bits: there is nothing to guess.
 */
public record SecretHash(String value) {

    private static final Pattern HEX_SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public SecretHash {
        if (value == null || !HEX_SHA_256.matcher(value).matches()) {
            throw new InvalidValueException("secret_hash", "must be 64 lower-case hex digits");
        }
    }

    static SecretHash of(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new SecretHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
