package io.aegis.application.port;

import io.aegis.domain.shared.AegisException;

/** The request names a resource that does not exist (or that the actor may not know exists). */
public class NotFoundException extends AegisException {

    public NotFoundException(String resourceType, Object id) {
        super("not_found", resourceType + " " + id + " does not exist");
    }
}
