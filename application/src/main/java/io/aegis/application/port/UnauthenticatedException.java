package io.aegis.application.port;

import io.aegis.domain.shared.AegisException;

/** The caller did not prove who it is. */
public class UnauthenticatedException extends AegisException {

    public UnauthenticatedException(String message) {
        super("unauthenticated", message);
    }
}
