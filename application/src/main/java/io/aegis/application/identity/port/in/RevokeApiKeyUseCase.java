package io.aegis.application.identity.port.in;

import io.aegis.application.port.Actor;

public interface RevokeApiKeyUseCase {

    /**
     * Revokes one of the caller's keys, or anyone's for a user administrator; revoking twice is harmless.
     *
     * @throws io.aegis.application.port.NotFoundException when no such key exists for this caller
     */
    void revoke(Actor actor, long keyId);
}
