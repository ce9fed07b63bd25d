package io.aegis.domain.identity;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential as the client holds it: a kind prefix and 256 random bits, base64url. It exists in memory
 * only long enough to be shown once or checked; Aegis stores its {@link SecretHash} alone.
 */
public final class BearerSecret {

    public static final int RANDOM_BYTES = 32;
    private static final int ENCODED_LENGTH = 43;

    private final CredentialKind kind;
    private final String value;

    private BearerSecret(CredentialKind kind, String value) {
        this.kind = kind;
        this.value = value;
    }

    /** A new secret from {@code randomBytes}, which must come from a cryptographically strong source. */
    public static BearerSecret issue(CredentialKind kind, byte[] randomBytes) {
        if (randomBytes.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("a secret needs exactly " + RANDOM_BYTES + " random bytes");
        }
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes);
        return new BearerSecret(kind, kind.prefix() + encoded);
    }

    /** What a client presented, if it has the shape of an Aegis credential; anything else is empty. */
    public static Optional<BearerSecret> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        return Arrays.stream(CredentialKind.values())
                .filter(kind -> presented.startsWith(kind.prefix()))
                .filter(kind -> presented.length() == kind.prefix().length() + ENCODED_LENGTH)
                .filter(kind -> presented.substring(kind.prefix().length()).chars().allMatch(BearerSecret::base64url))
                .findFirst()
                .map(kind -> new BearerSecret(kind, presented));
    }

    public CredentialKind kind() {
        return kind;
    }

    /** The full secret, to be shown to its owner exactly once. */
    public String reveal() {
        return value;
    }

    public SecretHash hash() {
        return SecretHash.of(value);
    }

    /** Enough of the secret for its owner to tell keys apart in a list; useless for guessing the rest. */
    public String displayPrefix() {
        return value.substring(0, kind.prefix().length() + 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BearerSecret that && kind == that.kind && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    @Override
    public String toString() {
        return kind + "[redacted]";
    }

    private static boolean base64url(int c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }
}
