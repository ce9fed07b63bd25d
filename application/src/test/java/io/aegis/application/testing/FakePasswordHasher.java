package io.aegis.application.testing;

import io.aegis.application.identity.port.out.PasswordHasher;
import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PlainPassword;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast, reversible stand-in for bcrypt, for use-case tests only: the "hash" carries the password and a
 * counter, so that two hashes of one password differ as salted ones do.
 */
public final class FakePasswordHasher implements PasswordHasher {

    private final AtomicInteger salt = new AtomicInteger();

    @Override
    public PasswordHash hash(PlainPassword password) {
        return new PasswordHash("fake$" + salt.incrementAndGet() + "$" + password.value());
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        String[] parts = hash.value().split("\\$", 3);
        return parts.length == 3 && parts[0].equals("fake") && parts[2].equals(password.value());
    }
}
