package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface GetApiKeyUseCase {

    /**
     * One of the caller's keys, or anyone's for an administrator of the whole organisation; never the secret.
     *
     * @throws io.aegis.application.port.NotFoundException when no such key exists for this caller
     */
    ApiKeyView get(Actor actor, long keyId);
}
