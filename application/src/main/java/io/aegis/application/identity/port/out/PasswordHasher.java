package io.aegis.application.identity.port.out;

import io.aegis.domain.identity.PasswordHash;
import io.aegis.domain.identity.PlainPassword;

/** A slow, salted one-way function for passwords (bcrypt in the product). */
public interface PasswordHasher {

    /** Of the password's normalised form; a new salt every time: the same password never gives the same hash twice. */
    PasswordHash hash(PlainPassword password);

    /** Whether {@code password} is the one {@code hash} was made from; false for a malformed hash. Constant time. */
    boolean matches(PlainPassword password, PasswordHash hash);
}
