package io.aegis.application.identity.port.out;

/** Cryptographically strong random bytes, for credentials. */
public interface SecureRandomness {

    byte[] bytes(int count);
}
