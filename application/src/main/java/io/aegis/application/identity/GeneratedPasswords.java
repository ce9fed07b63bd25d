package io.aegis.application.identity;

import io.aegis.application.identity.port.out.SecureRandomness;
import java.util.Base64;

/** Passwords Aegis chooses for someone (the first administrator, a reset): 18 random bytes, 24 characters, 144 bits. */
final class GeneratedPasswords {

    private static final int BYTES = 18;

    private GeneratedPasswords() {
    }

    static String generate(SecureRandomness randomness) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomness.bytes(BYTES));
    }
}
