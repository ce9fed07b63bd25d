package io.aegis.application.port;

import io.aegis.domain.shared.AegisException;

/** The change clashes with stored state: a duplicate unique value, or a row that is still referenced. */
public class ConflictException extends AegisException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
