package io.aegis.application.port;

import io.aegis.domain.shared.AegisException;

/** A system outside Aegis (a feed, a scanner API, the database server) failed or could not be reached. */
public class ExternalSystemException extends AegisException {

    public ExternalSystemException(String message, Throwable cause) {
        super("external_system_failed", message);
        initCause(cause);
    }
}
