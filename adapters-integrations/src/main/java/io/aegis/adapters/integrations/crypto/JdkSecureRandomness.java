package io.aegis.adapters.integrations.crypto;

import io.aegis.application.identity.port.out.SecureRandomness;
import java.security.SecureRandom;

/** The JDK's strong random source; one instance is thread-safe and reseeds itself. */
public final class JdkSecureRandomness implements SecureRandomness {

    private final SecureRandom random = new SecureRandom();

    @Override
    public byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
