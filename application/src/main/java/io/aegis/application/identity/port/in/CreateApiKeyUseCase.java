package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface CreateApiKeyUseCase {

    /** A key acting for the calling user, never with more than the caller may do now. */
    ApiKeyCreatedView create(Actor actor, CreateApiKeyCommand command);
}
