package io.aegis.adapters.integrations.crypto;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PlainPassword;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Password hashes with bcrypt ({@code at.favre.lib:bcrypt}), in the {@code $2b$} format that OpenBSD, libxcrypt
 * and Python's bcrypt produce and read, so hashes move between implementations. The library compares in
 * constant time. Passwords reach it at most 72 bytes long ({@link PlainPassword}); the strict strategy would
 * refuse anything longer rather than hash a silently truncated password.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

    /** About a quarter of a second per hash on a 2020s server core: slow for guessing, bearable for signing in. */
    public static final int DEFAULT_COST = 12;

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2B;
    private static final LongPasswordStrategy NO_TRUNCATION = LongPasswordStrategies.strict(VERSION);

    private final int cost;
    private final BCrypt.Hasher hasher = BCrypt.with(VERSION, new SecureRandom(), NO_TRUNCATION);
    private final BCrypt.Verifyer verifyer = BCrypt.verifyer(VERSION, NO_TRUNCATION);

    public BcryptPasswordHasher() {
        this(DEFAULT_COST);
    }

    /** @param cost the work factor, 4 (tests only) to 31; each step doubles the time */
    public BcryptPasswordHasher(int cost) {
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost must be between " + BCrypt.MIN_COST + " and "
                    + BCrypt.MAX_COST + ", got " + cost);
        }
        this.cost = cost;
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        byte[] hash = hasher.hash(cost, bytes(password.normalized()));
        return new PasswordHash(new String(hash, StandardCharsets.US_ASCII));
    }

    /**
     * Compares the normalised form; a password that normalising changes is also compared as typed, since hashes
     * set before Aegis normalised were made from that. The second comparison only tells the caller what it typed.
     */
    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        return verified(password.normalized(), hash)
                || password.unnormalized().map(typed -> verified(typed, hash)).orElse(false);
    }

    private boolean verified(String password, PasswordHash hash) {
        // a malformed stored hash (another tool, a truncated column) is no match, never an error; the library
        // reports most defects in its result but throws for some (a cost out of range)
        try {
            return verifyer.verify(bytes(password), hash.value().getBytes(StandardCharsets.US_ASCII)).verified;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] bytes(String password) {
        return password.getBytes(StandardCharsets.UTF_8);
    }
}
