package io.aegis.application.port;

import io.aegis.domain.identity.Permission;
import io.aegis.domain.shared.AegisException;

/** The caller is known but lacks the permission the use case requires. */
public class ForbiddenException extends AegisException {

    public ForbiddenException(Permission missing) {
        super("forbidden", "this action requires the permission " + missing.key());
    }
}
