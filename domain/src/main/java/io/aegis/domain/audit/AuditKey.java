package io.aegis.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that seals the audit trail (HMAC-SHA-256). It is kept outside the database, so whoever can write
 * the database but not read the key cannot forge a row, a link or a checkpoint. Its {@link #id()} is stored
 * with every row it seals: a row sealed under another key is reported as such, not as tampered with.
 */
public final class AuditKey {

    /** 256 bits: HMAC-SHA-256 gains nothing from a longer key, and a shorter one weakens it. */
    public static final int MIN_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;
    private final String id;

    private AuditKey(byte[] secret) {
        this.secret = new SecretKeySpec(secret, ALGORITHM);
        this.id = HexFormat.of().formatHex(sha256(concat("aegis-audit-key-id:".getBytes(StandardCharsets.UTF_8),
                secret)), 0, 8);
    }

    /** @throws IllegalArgumentException when the key is shorter than {@value #MIN_BYTES} bytes */
    public static AuditKey of(byte[] secret) {
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("an audit key has at least " + MIN_BYTES + " bytes, not "
                    + secret.length);
        }
        return new AuditKey(secret.clone());
    }

    /** 16 hex digits naming the key, derived from it one way: safe to store and to show. */
    public String id() {
        return id;
    }

    /** The MAC of {@code text} (UTF-8) in lower-case hex. */
    public String mac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides " + ALGORITHM, e);
        }
    }

    /** Compares MACs in constant time, so that timing reveals nothing about a right one. */
    public static boolean sameMac(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Override
    public String toString() {
        return "AuditKey[" + id + "]";
    }
}
