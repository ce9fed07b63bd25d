package io.aegis.application.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stored file as it is read, hashed on the way: at its end the SHA-256 of what was read must be the one recorded,
 * else {@code onMismatch} runs and the read fails with an {@code IOException}, so a changed file is never taken for
 * the one recorded.
 */
final class VerifyingInputStream extends FilterInputStream {

    private final MessageDigest digest;
    private final String expected;
    private final Runnable onMismatch;
    private boolean ended;

    VerifyingInputStream(InputStream in, String expected, Runnable onMismatch) {
        super(in);
        this.digest = sha256();
        this.expected = expected;
        this.onMismatch = onMismatch;
    }

    /** The SHA-256 of {@code in} read to its end, lower-case hex; closes it. */
    static String hashOf(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        try (in) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            digest.update(buffer, offset, n);
        } else if (n < 0 && !ended) {
            ended = true;
            if (!HexFormat.of().formatHex(digest.digest()).equals(expected)) {
                onMismatch.run();
                throw new IOException("the stored file changed while it was read: it no longer matches its hash");
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("a verified stream is read whole, never skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
